"""GraphiQL served from this machine instead of unpkg.com.

Strawberry's GraphiQL page loads React and GraphiQL from unpkg.com, which is slow or unreachable
from many networks in China, leaving a blank page. `junlite dev` fetches the same files once from
the npm registry (the user's own npm configuration and mirror) into the data folder; each file is
checked against the Subresource Integrity hash in Strawberry's page before it is kept, and the
browser checks it again. Without them the page falls back to unpkg.com.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
import shutil
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

logger = logging.getLogger(__name__)

ASSETS_URL_PATH = "/graphql-assets"
CDN = "https://unpkg.com/"
_ASSET_RE = re.compile(
    r'(?:src|href)="https://unpkg\.com/(?P<spec>(?:@[^/@"]+/)?[^/@"]+@[^/"]+)/(?P<path>[^"]+)"'
    r'\s+integrity="(?P<integrity>sha384-[^"]+)"'
)


@dataclass(frozen=True)
class IdeAsset:
    spec: str  # npm package@version
    path: str  # file inside the package
    integrity: str  # sha384-<base64>, as in the page

    @property
    def local_path(self) -> str:
        return f"{self.spec}/{self.path}"


def strawberry_graphiql_page() -> str:
    return (files("strawberry") / "static" / "graphiql.html").read_text(encoding="utf-8")


def page_assets(page: str) -> list[IdeAsset]:
    return [IdeAsset(m["spec"], m["path"], m["integrity"]) for m in _ASSET_RE.finditer(page)]


def integrity_of(content: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(content).digest()).decode()


def _verified(assets_dir: Path, asset: IdeAsset) -> bool:
    file = assets_dir / asset.local_path
    return file.is_file() and integrity_of(file.read_bytes()) == asset.integrity


def local_page(assets_dir: Path, page: str | None = None) -> str | None:
    """The GraphiQL page pointing at local copies, or None unless every copy is intact."""
    page = page if page is not None else strawberry_graphiql_page()
    assets = page_assets(page)
    if not assets or not all(_verified(assets_dir, asset) for asset in assets):
        return None
    for asset in assets:
        page = page.replace(f"{CDN}{asset.local_path}", f"{ASSETS_URL_PATH}/{asset.local_path}")
    return page


def fetch_assets(assets_dir: Path, page: str | None = None, timeout: float = 20) -> list[str]:
    """Fetch what is missing with `npm pack`; returns the problems (empty when all is in place).

    Stops at the first package npm cannot fetch: without a registry the others would only
    fail the same way, one timeout after another.
    """
    page = page if page is not None else strawberry_graphiql_page()
    npm = shutil.which("npm")
    problems: list[str] = []
    for asset in page_assets(page):
        if _verified(assets_dir, asset):
            continue
        if npm is None:
            return ["npm is not installed"]
        with tempfile.TemporaryDirectory() as scratch:
            try:
                packed = subprocess.run(  # noqa: S603 - fixed program, package names from the page
                    [npm, "pack", asset.spec, "--silent", "--pack-destination", scratch],
                    capture_output=True, text=True, timeout=timeout, check=True,
                )  # fmt: skip
            except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
                problems.append(f"npm pack {asset.spec} failed: {exc}")
                break
            tarball = Path(scratch) / packed.stdout.strip().splitlines()[-1]
            try:
                with tarfile.open(tarball) as archive:
                    member = archive.extractfile(f"package/{asset.path}")
                    content = member.read() if member else b""
            except (OSError, KeyError, tarfile.TarError) as exc:
                problems.append(f"{asset.spec}: {asset.path} missing from the package ({exc})")
                continue
        if integrity_of(content) != asset.integrity:
            problems.append(f"{asset.local_path} does not match its integrity hash; not kept")
            continue
        target = assets_dir / asset.local_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return problems
