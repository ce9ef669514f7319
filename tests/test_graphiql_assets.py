"""GraphiQL's scripts served from this machine, verified against their integrity hashes."""

from __future__ import annotations

import io
import os
import stat
import tarfile
from pathlib import Path

import httpx
import pytest

from junlite.app import create_app
from junlite.config import Settings
from junlite.graphql import ide

REACT = b"/* react, pretend */ window.React = {};"
GRAPHIQL = b"/* graphiql, pretend */ window.GraphiQL = {};"
PAGE = f"""<html><head>
<script crossorigin src="https://unpkg.com/react@18.2.0/umd/react.production.min.js"
  integrity="{ide.integrity_of(REACT)}"></script>
<link rel="stylesheet" href="https://unpkg.com/@graphiql/toolkit@1.0.0/dist/x.js"
  integrity="{ide.integrity_of(GRAPHIQL)}" />
</head><body>GraphiQL</body></html>"""


def _place(assets: Path, local_path: str, content: bytes) -> None:
    target = assets / local_path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)


def test_strawberry_page_lists_the_assets_it_loads() -> None:
    specs = [(a.spec, a.path) for a in ide.page_assets(ide.strawberry_graphiql_page())]
    assert specs == [
        ("react@18.2.0", "umd/react.production.min.js"),
        ("react-dom@18.2.0", "umd/react-dom.production.min.js"),
        ("js-cookie@3.0.5", "dist/js.cookie.min.js"),
        ("graphiql@3.8.3", "graphiql.min.css"),
        ("@graphiql/plugin-explorer@1.0.2", "dist/style.css"),
        ("graphiql@3.8.3", "graphiql.min.js"),
        ("@graphiql/plugin-explorer@1.0.2", "dist/index.umd.js"),
    ]


def test_local_page_only_when_every_copy_is_intact(tmp_path: Path) -> None:
    _place(tmp_path, "react@18.2.0/umd/react.production.min.js", REACT)
    assert ide.local_page(tmp_path, PAGE) is None  # one copy missing
    _place(tmp_path, "@graphiql/toolkit@1.0.0/dist/x.js", GRAPHIQL + b"tampered")
    assert ide.local_page(tmp_path, PAGE) is None  # one copy altered
    _place(tmp_path, "@graphiql/toolkit@1.0.0/dist/x.js", GRAPHIQL)
    page = ide.local_page(tmp_path, PAGE)
    assert page is not None
    assert "unpkg.com" not in page
    assert 'src="/graphql-assets/react@18.2.0/umd/react.production.min.js"' in page
    assert 'href="/graphql-assets/@graphiql/toolkit@1.0.0/dist/x.js"' in page
    assert f'integrity="{ide.integrity_of(REACT)}"' in page  # the browser checks again


@pytest.fixture
def fake_npm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An `npm` that packs tarballs from a local folder, as the registry would serve them."""
    registry = tmp_path / "registry"
    registry.mkdir()
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "npm"
    script.write_text(
        "#!/bin/sh\n"
        "# npm pack SPEC --silent --pack-destination DIR\n"
        f'name=$(echo "$2" | tr "/@" "__").tgz\n'
        f'cp "{registry}/$name" "$5/$name" && echo "$name"\n'
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return registry


def _publish(registry: Path, spec: str, path: str, content: bytes) -> None:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        info = tarfile.TarInfo(f"package/{path}")
        info.size = len(content)
        archive.addfile(info, io.BytesIO(content))
    name = spec.replace("/", "_").replace("@", "_") + ".tgz"
    (registry / name).write_bytes(buffer.getvalue())


def test_fetch_keeps_verified_files_and_refuses_altered_ones(
    tmp_path: Path, fake_npm: Path
) -> None:
    assets = tmp_path / "assets"
    _publish(fake_npm, "react@18.2.0", "umd/react.production.min.js", REACT)
    _publish(fake_npm, "@graphiql/toolkit@1.0.0", "dist/x.js", b"something else entirely")
    problems = ide.fetch_assets(assets, PAGE)
    assert problems == [
        "@graphiql/toolkit@1.0.0/dist/x.js does not match its integrity hash; not kept"
    ]
    assert (assets / "react@18.2.0/umd/react.production.min.js").read_bytes() == REACT
    assert not (assets / "@graphiql/toolkit@1.0.0/dist/x.js").exists()

    _publish(fake_npm, "@graphiql/toolkit@1.0.0", "dist/x.js", GRAPHIQL)
    assert ide.fetch_assets(assets, PAGE) == []
    assert ide.local_page(assets, PAGE) is not None


async def test_the_app_serves_graphiql_and_its_scripts_locally(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ide, "strawberry_graphiql_page", lambda: PAGE)
    _place(tmp_path / "graphiql", "react@18.2.0/umd/react.production.min.js", REACT)
    _place(tmp_path / "graphiql", "@graphiql/toolkit@1.0.0/dist/x.js", GRAPHIQL)
    app = create_app(settings.model_copy(update={"data_dir": tmp_path}))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
            page = await http.get("/graphql", headers={"Accept": "text/html"})
            script = await http.get("/graphql-assets/react@18.2.0/umd/react.production.min.js")
    assert page.status_code == 200
    assert "/graphql-assets/react@18.2.0/umd/react.production.min.js" in page.text
    assert "unpkg.com" not in page.text
    assert script.status_code == 200
    assert script.content == REACT


def test_fetch_gives_up_at_the_first_package_npm_cannot_fetch(
    tmp_path: Path, fake_npm: Path
) -> None:
    problems = ide.fetch_assets(tmp_path / "assets", PAGE)
    assert len(problems) == 1
    assert problems[0].startswith("npm pack react@18.2.0 failed")
