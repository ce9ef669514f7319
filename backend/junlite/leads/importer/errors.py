"""Error codes of importing and exporting leads, with their messages (zh-CN, English)."""

from junlite.customers import errors as _customer_errors  # noqa: F401  (field codes reused)
from junlite.errors import register_messages
from junlite.leads import errors as _lead_errors  # noqa: F401  (LEAD_UNREACHABLE, NOT_ONE_OF)

register_messages(
    {
        "IMPORT_FILE_NOT_SPREADSHEET": (
            "文件不是 CSV 或 Excel（.xlsx）表格",
            "The file is neither a CSV nor an Excel (.xlsx) workbook",
        ),
        "IMPORT_FILE_XLS": (
            "不支持旧版 Excel（.xls）文件：请在 Excel 中“另存为” .xlsx 格式后再导入",
            "Old Excel (.xls) files are not supported: save it as .xlsx in Excel, then import",
        ),
        "IMPORT_FILE_ENCODING": (
            "无法识别文件的编码：请把 CSV 保存为 UTF-8 或 GBK/GB18030 编码",
            "The file's text encoding is not recognised: save the CSV as UTF-8 or GBK/GB18030",
        ),
        "IMPORT_FILE_CORRUPT": (
            "Excel 文件已损坏，无法读取：请在 Excel 中打开并重新保存",
            "The Excel file is damaged and cannot be read: open it in Excel and save it again",
        ),
        "IMPORT_FILE_UNSAFE": (
            "Excel 文件解压后超过 {max_mb} MB，已拒绝（可能是恶意文件）",
            "The Excel file unpacks to more than {max_mb} MB and was refused (it may be hostile)",
        ),
        "IMPORT_FILE_NO_HEADER": (
            "文件第一行应是表头（列名），但它是空的",
            "The file's first row should name the columns, but it is empty",
        ),
        "IMPORT_FILE_NO_ROWS": ("文件只有表头，没有数据行", "The file has a header but no rows"),
        "IMPORT_TOO_MANY_ROWS": (
            "一次最多导入 {max} 行，该文件有 {count} 行",
            "At most {max} rows can be imported at once; the file has {count}",
        ),
        "IMPORT_SHEET_NOT_FOUND": (
            "工作簿中没有名为“{sheet}”的工作表",
            "The workbook has no sheet named “{sheet}”",
        ),
        "IMPORT_COLUMN_UNKNOWN": (
            "第 {column} 列不存在（文件共 {count} 列）",
            "There is no column {column} (the file has {count})",
        ),
        "IMPORT_FIELD_MAPPED_TWICE": (
            "“{label}”对应了不止一列",
            "More than one column is mapped to “{label}”",
        ),
        "IMPORT_NAME_NOT_MAPPED": (
            "请为“姓名”选择一列",
            "Choose the column that holds the name",
        ),
        "IMPORT_CONTACT_NOT_MAPPED": (
            "请至少为手机、邮箱或微信号中的一项选择一列",
            "Choose a column for at least one of phone, e-mail or WeChat ID",
        ),
        "IMPORT_FIELD_NOT_WRITABLE": (
            "你的角色不能填写“{label}”",
            "Your role may not set “{label}”",
        ),
        "IMPORT_NOT_CANCELLABLE": (
            "该导入已结束，不能再取消",
            "This import has finished and can no longer be cancelled",
        ),
        "IMPORT_MASKED_VALUE": (
            "这是脱敏显示的值（如 138****8000），不是真实号码或地址，无法导入",
            "This is a masked value (like 138****8000), not a real number or address",
        ),
        "IMPORT_EXTRA_CELLS": (
            "这一行比表头多出 {count} 个有内容的单元格（是否有未加引号的逗号？）",
            "This row has {count} more filled cells than the header has columns "
            "(an unquoted comma?)",
        ),
        "IMPORT_DUPLICATE_LEAD": (
            "与已有线索“{name}”重复，已跳过",
            "The same person as the existing lead “{name}”; skipped",
        ),
        "IMPORT_DUPLICATE_ROW": (
            "与文件第 {row} 行是同一人，已跳过",
            "The same person as row {row} of the file; skipped",
        ),
        "IMPORT_OWNER_INVALID": (
            "负责人不存在或已停用",
            "The owner does not exist or is deactivated",
        ),
        "IMPORT_INTERRUPTED": (
            "导入意外中断，已导入的行保留；可重新开始同一文件的导入（重复行会被识别）",
            "The import stopped unexpectedly; the rows imported so far stay (importing the "
            "file again recognises them)",
        ),
    }
)
