"""The public form as a self-contained, mobile-friendly HTML page (zh-CN), with no script.

Everything from the form's definition or the visitor's input is HTML-escaped; the page carries
its submit token, a honeypot field people never see, and, after a refused submission, each
field's message beside it and the visitor's input as they typed it.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from junlite.leads.capture.forms import (
    CONSENT,
    HONEYPOT,
    TOKEN,
    FormField,
    FormFieldType,
    form_fields,
)
from junlite.leads.capture.models import LeadForm

_STYLE = """
*{box-sizing:border-box}body{margin:0;font:16px/1.5 -apple-system,"PingFang SC",
"Microsoft YaHei",sans-serif;color:#1f2329;background:#f5f6f7}
main{max-width:560px;margin:0 auto;padding:20px 16px}
h1{font-size:22px;margin:0 0 16px}form{background:#fff;border-radius:8px;padding:16px}
label{display:block;font-weight:600;margin:12px 0 4px}.req{color:#d4380d}
input[type=text],input[type=tel],input[type=email],select,textarea{width:100%;padding:10px;
font-size:16px;border:1px solid #d0d3d6;border-radius:6px;background:#fff}
textarea{min-height:96px}.opt{display:flex;gap:8px;align-items:center;font-weight:400;margin:4px 0}
.err{color:#d4380d;font-size:14px;margin:4px 0 0}.summary{background:#fff2f0;
border:1px solid #ffccc7;padding:8px 12px;border-radius:6px}
.consent{font-size:14px;color:#4e5969;white-space:pre-wrap}
button{width:100%;margin-top:20px;padding:12px;font-size:17px;border:0;border-radius:6px;
background:#1664ff;color:#fff}.hp{position:absolute;left:-10000px;width:1px;height:1px;
overflow:hidden}.done{background:#fff;border-radius:8px;padding:24px;white-space:pre-wrap}
"""

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'"
)


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="robots" content="noindex">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head>"
        f"<body><main>{body}</main></body></html>"
    )


def _chosen(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return [] if value in (None, "") else [str(value)]


def _input(item: FormField, value: Any, described: str) -> str:
    name = escape(item.key)
    required = " required" if item.required else ""
    if item.type is FormFieldType.TEXTAREA:
        text = escape(_chosen(value)[0] if _chosen(value) else "")
        return (
            f'<textarea id="f-{name}" name="{name}" maxlength="2000"{required}{described}>'
            f"{text}</textarea>"
        )
    if item.type is FormFieldType.SELECT:
        chosen = _chosen(value)
        options = "".join(
            f'<option value="{escape(o)}"{" selected" if o in chosen else ""}>{escape(o)}</option>'
            for o in item.options
        )
        return (
            f'<select id="f-{name}" name="{name}"{required}{described}>'
            f'<option value="">请选择</option>{options}</select>'
        )
    if item.type is FormFieldType.MULTISELECT:
        chosen = _chosen(value)
        return "".join(
            f'<label class="opt"><input type="checkbox" name="{name}" value="{escape(o)}"'
            f"{' checked' if o in chosen else ''}>{escape(o)}</label>"
            for o in item.options
        )
    if item.type is FormFieldType.CHECKBOX:
        checked = " checked" if value not in (None, "", False, []) else ""
        return (
            f'<label class="opt"><input type="checkbox" id="f-{name}" name="{name}" value="on"'
            f"{checked}{required}{described}>{escape(item.label)}</label>"
        )
    kind = {FormFieldType.PHONE: "tel", FormFieldType.EMAIL: "email"}.get(item.type, "text")
    text = escape(_chosen(value)[0] if _chosen(value) else "")
    return (
        f'<input type="{kind}" id="f-{name}" name="{name}" value="{text}" maxlength="200"'
        f"{required}{described}>"
    )


def render_form(
    form: LeadForm,
    *,
    action: str,
    token: str,
    values: Mapping[str, Any] | None = None,
    errors: Mapping[str | None, str] | None = None,
) -> str:
    """The form; `errors` maps a field key (None: the whole form) to its message."""
    values = values or {}
    errors = errors or {}
    parts = [f"<h1>{escape(form.name)}</h1>"]
    if errors.get(None):
        parts.append(f'<p class="summary" role="alert">{escape(errors[None])}</p>')
    elif errors:
        parts.append('<p class="summary" role="alert">请根据提示修改后再提交。</p>')
    parts.append(f'<form method="post" action="{escape(action)}" accept-charset="utf-8">')
    parts.append(f'<input type="hidden" name="{TOKEN}" value="{escape(token)}">')
    # Hidden from people (and from screen readers and autofill); bots fill every input.
    parts.append(
        f'<div class="hp" aria-hidden="true"><label>网站<input type="text" name="{HONEYPOT}"'
        ' tabindex="-1" autocomplete="off" value=""></label></div>'
    )
    for item in form_fields(form):
        key = escape(item.key)
        message = errors.get(item.key)
        described = f' aria-describedby="e-{key}" aria-invalid="true"' if message else ""
        if item.type is not FormFieldType.CHECKBOX:
            mark = ' <span class="req">*</span>' if item.required else ""
            parts.append(f'<label for="f-{key}">{escape(item.label)}{mark}</label>')
        parts.append(_input(item, values.get(item.key), described))
        if message:
            parts.append(f'<p class="err" id="e-{key}">{escape(message)}</p>')
    if form.consent_text:
        checked = " checked" if values.get(CONSENT) else ""
        parts.append(f'<p class="consent">{escape(form.consent_text)}</p>')
        parts.append(
            f'<label class="opt"><input type="checkbox" name="{CONSENT}" value="on" required'
            f"{checked}>我已阅读并同意</label>"
        )
        if errors.get(CONSENT):
            parts.append(f'<p class="err">{escape(errors[CONSENT])}</p>')
    parts.append('<button type="submit">提交</button></form>')
    return _page(form.name, "".join(parts))


def render_done(form: LeadForm) -> str:
    return _page(
        form.name,
        f'<h1>{escape(form.name)}</h1><div class="done">{escape(form.thank_you_message)}</div>',
    )


def render_message(title: str, message: str) -> str:
    return _page(title, f'<h1>{escape(title)}</h1><div class="done">{escape(message)}</div>')


def embed_snippet(public_url: str, title: str) -> str:
    """For any site: an iframe of the public page (no script needed, works with strict CSPs)."""
    return (
        f'<iframe src="{escape(public_url)}" title="{escape(title)}" width="100%" height="720"'
        ' style="border:0;max-width:600px" loading="lazy"></iframe>'
    )
