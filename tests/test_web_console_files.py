"""The API serves the built web console: deep links reload into the console, assets cache."""

from __future__ import annotations

import gzip
from pathlib import Path

import httpx
from fastapi import FastAPI

from junlite.app import ConsoleFiles


def _console(tmp_path: Path) -> FastAPI:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text("<div id=root></div>", encoding="utf-8")
    (tmp_path / "assets" / "index-abc123.js").write_text("console.log(1)", encoding="utf-8")
    app = FastAPI()
    app.mount("/", ConsoleFiles(directory=tmp_path, html=True), name="web")
    return app


async def test_a_page_address_opens_the_console_and_a_missing_asset_is_404(tmp_path: Path) -> None:
    transport = httpx.ASGITransport(app=_console(tmp_path))
    async with httpx.AsyncClient(transport=transport, base_url="http://console") as client:
        for address in ("/", "/leads", "/leads/TGVhZDox", "/settings/profile"):
            page = await client.get(address)
            assert (page.status_code, page.text) == (200, "<div id=root></div>"), address
            assert page.headers["cache-control"] == "no-cache"
        asset = await client.get("/assets/index-abc123.js")
        assert asset.status_code == 200
        assert asset.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert (await client.get("/assets/index-gone.js")).status_code == 404
        assert (await client.get("/favicon.ico")).status_code == 404


async def test_an_asset_goes_gzipped_to_a_browser_that_accepts_it(tmp_path: Path) -> None:
    app = _console(tmp_path)
    script = "console.log('线索');" * 50
    (tmp_path / "assets" / "index-abc123.js").write_text(script, encoding="utf-8")
    (tmp_path / "assets" / "index-abc123.js.gz").write_bytes(gzip.compress(script.encode()))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://console") as client:
        asset = "/assets/index-abc123.js"
        zipped = await client.get(asset, headers={"accept-encoding": "gzip, br"})
        plain = await client.get(asset, headers={"accept-encoding": "identity"})
        refused = await client.get(asset, headers={"accept-encoding": "gzip;q=0"})
        page = await client.get("/leads", headers={"accept-encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.headers["content-type"].startswith("text/javascript")
    assert int(zipped.headers["content-length"]) < len(script.encode()) / 5
    assert zipped.text == script  # httpx decodes it, as a browser does
    assert zipped.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert zipped.headers["vary"] == "Accept-Encoding"
    for unzipped in (plain, refused):
        assert "content-encoding" not in unzipped.headers
        assert unzipped.text == script
    assert "content-encoding" not in page.headers
