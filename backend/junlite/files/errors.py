"""The files domain's error codes, with their messages (zh-CN, English)."""

from junlite.errors import register_messages

register_messages(
    {
        "FILE_EMPTY": ("文件为空", "The file is empty"),
        "FILE_TOO_LARGE": (
            "文件不能超过 {max_mb} MB",
            "A file may be at most {max_mb} MB",
        ),
        "FILE_TYPE_NOT_ALLOWED": (
            "不支持的文件类型：{content_type}"
            "（支持 PDF、图片、Word、Excel、PowerPoint、文本、压缩包和录音）",
            "Files of type {content_type} are not accepted (PDF, images, Word, Excel, "
            "PowerPoint, text, archives and audio recordings are)",
        ),
        "FILE_NAME_INVALID": (
            "请在 X-File-Name 中给出 1 到 255 个字符的文件名（URL 编码）",
            "Give the file's name, 1 to 255 characters, URL-encoded, in X-File-Name",
        ),
    }
)
