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
        # Resumable uploads (PUT /api/files/{id}).
        "UPLOAD_ID_INVALID": (
            "文件 ID 须为 UUID（或 API 给出的文件 ID）",
            "The file's id must be a UUID (or a file id the API gave)",
        ),
        "FILE_ID_TAKEN": (
            "该文件 ID 已被占用，请换一个新的 ID 上传",
            "This file id is already taken: upload under a new id",
        ),
        "UPLOAD_RANGE_INVALID": (
            "Content-Range 须为 bytes 起始-结束/总大小，且与请求体的字节数一致",
            "Content-Range must be bytes START-END/TOTAL and match the body's length",
        ),
        "UPLOAD_EXCEEDS_TOTAL": (
            "这一段超出了文件的总大小 {total} 字节",
            "This chunk goes past the file's total of {total} bytes",
        ),
        "UPLOAD_CHANGED": (
            "文件大小、名称或类型与开始上传时不一致：请保持不变，或用新的 ID 重新上传",
            "The size, name or type differs from the start of this upload: keep them, "
            "or upload under a new id",
        ),
        "UPLOAD_OFFSET_MISMATCH": (
            "服务器已收到 {offset} 字节，请从第 {offset} 字节继续上传",
            "The server has {offset} bytes of this file: continue from byte {offset}",
        ),
    }
)
