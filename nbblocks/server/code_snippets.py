"""The ``code_snippets`` of each ``/gradio_api/info`` endpoint, with Gradio 6.31's text.

Four ways to call an endpoint: ``python`` (gradio_client), ``javascript`` (@gradio/client),
``bash`` (curl on ``/call/v2/<name>``, which takes the parameters by name) and ``cli``
(``gradio`` CLI's ``predict``, with a ``{command}`` placeholder the reader replaces).
Each parameter shows its default when it has one, else the component's example input.
Values are written the way Gradio writes them (so the text is the same byte for byte):
strings in double quotes without escaping, ``""`` as ``None``, containers as JSON with
``None``/``True``/``False``, files as ``handle_file('<url>')``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .options import API_PREFIX

#: Components whose JavaScript snippet fetches the example file as a blob.
BLOB_COMPONENTS = frozenset({"Audio", "DownloadButton", "File", "Image", "ImageSlider", "Model3D", "UploadButton", "Video"})

_BARE = "UNQUOTED_GRADIO_"  # marks text that goes into a snippet without quotes
_HANDLE_FILE = re.compile(rf'"{_BARE}(handle_file\([^)]*\))"')


def code_snippets(api_name: str, info: dict[str, Any], root: str) -> dict[str, str]:
    """The four snippets for the endpoint ``api_name`` (``"/echo"``) described by ``info``
    (its ``/info`` entry) on the server at ``root`` (no trailing slash)."""
    params = info.get("parameters", [])
    return {
        "python": python_snippet(api_name, params, root),
        "javascript": javascript_snippet(api_name, params, root),
        "bash": bash_snippet(api_name, params, root),
        "cli": cli_snippet(api_name, params, root),
    }


def _name(param: dict[str, Any]) -> str:
    return str(param.get("parameter_name") or param.get("label", "input"))


def _value(param: dict[str, Any]) -> Any:
    return param.get("parameter_default") if param.get("parameter_has_default") else param.get("example_input")


def _is_file(value: Any) -> bool:
    """A file value the snippet can point at: a FileData dict with a ``url``."""
    if not isinstance(value, dict) or not value.get("url"):
        return False
    meta = value.get("meta")
    return isinstance(meta, dict) and meta.get("_type") == "gradio.FileData"


def _holds_file(value: Any) -> bool:
    if _is_file(value):
        return True
    if isinstance(value, dict):
        return any(_holds_file(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_holds_file(v) for v in value)
    return False


def _map_files(value: Any, change: Any) -> Any:
    """``value`` with each file value replaced by ``change(file)``."""
    if _is_file(value):
        return change(value)
    if isinstance(value, (list, tuple)):
        return [_map_files(v, change) for v in value]
    if isinstance(value, dict):
        return {k: _map_files(v, change) for k, v in value.items()}
    return value


def _mark_bare(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return f"{_BARE}{value}"
    if isinstance(value, str) and value.startswith("handle_file(") and value.endswith(")"):
        return f"{_BARE}{value}"
    if isinstance(value, (list, tuple)):
        return [_mark_bare(v) for v in value]
    if isinstance(value, dict):
        return {k: _mark_bare(v) for k, v in value.items()}
    return value


def _container_text(value: Any) -> str:
    """JSON text with Python's ``None``/``True``/``False`` and bare ``handle_file(...)``."""
    text = json.dumps(_mark_bare(value), default=str)
    text = _HANDLE_FILE.sub(r"\1", text)
    for word in ("None", "True", "False"):
        text = text.replace(f'"{_BARE}{word}"', word)
    return text


def value_text(value: Any, python_type: Any, lang: str) -> str:
    """A parameter's value as a snippet in ``lang`` (``py``, ``js`` or ``bash``) writes it."""
    nothing = "None" if lang == "py" else "null"
    if python_type is None or value is None:
        return nothing
    if python_type in ("string", "str") or (isinstance(python_type, str) and python_type.startswith("Literal['")):
        return f'"{value}"'
    if python_type == "number":
        return str(value)
    if python_type in ("boolean", "bool"):
        if lang == "py":
            return "True" if value else "False"
        return str(value).lower() if isinstance(value, bool) else str(value)
    if python_type == "List[str]":
        return json.dumps(value)
    if isinstance(value, str):
        return value if value else nothing
    if lang == "bash":
        value = _map_files(value, lambda f: {"path": f["url"], "meta": {"_type": "gradio.FileData"}})
    elif lang == "py":
        value = _map_files(value, lambda f: f"handle_file('{f['url']}')")
    return _container_text(value)


def _type(param: dict[str, Any]) -> Any:
    return (param.get("python_type") or {}).get("type")


def python_snippet(api_name: str, params: list[dict[str, Any]], root: str) -> str:
    files = any(_holds_file(p.get("example_input")) for p in params)
    lines = ["from gradio_client import Client" + (", handle_file" if files else ""), ""]
    lines += [f'client = Client("{root}")', "result = client.predict("]
    lines += [f"\t{_name(p)}={value_text(_value(p), _type(p), 'py')}," for p in params]
    lines += [f'\tapi_name="{api_name}",', ")", "print(result)"]
    return "\n".join(lines)


def javascript_snippet(api_name: str, params: list[dict[str, Any]], root: str) -> str:
    blobs = [p for p in params if p.get("component") in BLOB_COMPONENTS]
    lines = [f'import {{ {"Client, handle_file" if blobs else "Client"} }} from "@gradio/client";', ""]
    for i, param in enumerate(blobs):
        example = param.get("example_input", {})
        url = example.get("url", "") if isinstance(example, dict) else ""
        lines.append(f'const response_{i} = await fetch("{url}");')
        lines.append(f"const example{param.get('component', '')} = await response_{i}.blob();")
    if blobs:
        lines.append("")
    lines.append(f'const client = await Client.connect("{root}");')
    lines.append(f'const result = await client.predict("{api_name}", {{')
    blob_kinds = {p.get("component") for p in blobs}
    for param in params:
        component = param.get("component", "")
        if component in blob_kinds:
            lines.append(f"\t\t{_name(param)}: handle_file(example{component}),")
        else:
            lines.append(f"\t\t{_name(param)}: {value_text(_value(param), _type(param), 'js')},")
    lines += ["});", "", "console.log(result.data);"]
    return "\n".join(lines)


def bash_snippet(api_name: str, params: list[dict[str, Any]], root: str) -> str:
    base = root.rstrip("/") + API_PREFIX + "/"
    endpoint = api_name.lstrip("/")
    file_names = [_name(p) for p in params if _holds_file(p.get("example_input"))]
    lines = []
    if file_names:
        lines += [f"FILE_PATH=$(curl -s -X POST {base}upload -F 'files=@/path/to/your/file' | tr -d '[]\" ')", ""]
    fields: dict[str, str] = {}
    for param in params:
        name = _name(param)
        fields[name] = "\0FILE\0" if name in file_names else value_text(_value(param), _type(param), "bash")
    data = "{" + ", ".join(f'"{k}": {v}' for k, v in fields.items()) + "}"
    data = data.replace("\0FILE\0", '{"path": "\'$FILE_PATH\'", "meta": {"_type": "gradio.FileData"}}')
    lines += [
        f'curl -X POST {base}call/v2/{endpoint} -s -H "Content-Type: application/json" \\',
        f"  -d '{data}' \\",
        "  | awk -F'\"' '{ print $4}' \\",
        f"  | read EVENT_ID; curl -N {base}call/{endpoint}/$EVENT_ID",
    ]
    return "\n".join(lines)


def _file_fields(value: Any) -> Any:
    """Files reduced to ``path`` and ``meta``, as the CLI sends them."""
    if isinstance(value, dict) and isinstance(value.get("path"), str) and value.get("meta") == {"_type": "gradio.FileData"}:
        return {k: v for k, v in value.items() if k in ("path", "meta")}
    if isinstance(value, dict):
        return {k: _file_fields(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_file_fields(v) for v in value]
    return value


def cli_snippet(api_name: str, params: list[dict[str, Any]], root: str) -> str:
    payload = {p["parameter_name"]: _file_fields(p["parameter_default"] or p["example_input"]) for p in params}
    return f"{{command}} predict {root} {api_name} '{json.dumps(payload, indent=2)}'\n"
