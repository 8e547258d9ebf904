"""The build command: ``python build/build.py`` (from the root of the clone, in the venv with
``pip install -e ".[build]"``).

1. compiles the translations (``resources/translations/*.ts`` -> ``.qm``, pyside6-lrelease);
2. draws the icons (``app.ico`` for Windows) from ``resources/icons/app.svg``;
3. runs PyInstaller on ``build/recommandes.spec``: the one-folder bundle ``dist/recommandes-ar24/``;
4. on Linux, packs ``dist/recommandes-ar24-<version>-linux-<arch>.tar.gz`` (bundle, .desktop
   file, icon, install.sh); on Windows, compiles the Inno Setup installer when ISCC.exe is found.

Options: ``--dist DIR`` (default dist), ``--work DIR`` (default build/out), ``--no-archive``.
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import APP_NAME, APP_SLUG, __version__  # noqa: E402
from build.make_icon import make_icons  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
VERSION_INFO = """VSVersionInfo(
  ffi=FixedFileInfo(filevers={t}, prodvers={t}),
  kids=[StringFileInfo([StringTable('040C04B0', [
      StringStruct('CompanyName', '{name}'), StringStruct('FileDescription', '{name}'),
      StringStruct('FileVersion', '{v}'), StringStruct('ProductName', '{name}'),
      StringStruct('ProductVersion', '{v}'), StringStruct('OriginalFilename', '{slug}.exe')])]),
    VarFileInfo([VarStruct('Translation', [0x040C, 1200])])]
)
"""


def lrelease() -> list[str]:
    """pyside6-lrelease, shipped by PySide6-Essentials next to the Python of this venv."""
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (scripts / name).exists():
            return [str(scripts / name)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease introuvable : installez PySide6-Essentials dans cet environnement.")
    return [found]


def compile_translations() -> list[Path]:
    compiled = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run(lrelease() + ["-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def write_version_info(out: Path) -> None:
    numbers = tuple(int(part) for part in __version__.split(".")[:3]) + (0,) * (4 - len(__version__.split(".")[:3]))
    out.write_text(VERSION_INFO.format(t=numbers, v=__version__, name=APP_NAME, slug=APP_SLUG), encoding="utf-8")


def run_pyinstaller(dist: Path, work: Path) -> Path:
    env = dict(os.environ, RECO_BUILD_OUT=str(work))
    subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "build" / "recommandes.spec"), "--noconfirm",
                    "--log-level", "WARN", "--distpath", str(dist), "--workpath", str(work / "pyinstaller")],
                   check=True, cwd=ROOT, env=env)
    return dist / APP_SLUG


def linux_tarball(bundle: Path, dist: Path) -> Path:
    archive = dist / f"{APP_SLUG}-{__version__}-linux-{platform.machine()}.tar.gz"
    linux = ROOT / "build" / "linux"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=APP_SLUG)
        tar.add(linux / f"{APP_SLUG}.desktop", arcname=f"{APP_SLUG}/{APP_SLUG}.desktop")
        tar.add(linux / "install.sh", arcname=f"{APP_SLUG}/install.sh")
        tar.add(ROOT / "resources" / "icons" / "app.png", arcname=f"{APP_SLUG}/{APP_SLUG}.png")
    return archive


def windows_installer(dist: Path, icon: Path) -> Path | None:
    iscc = shutil.which("ISCC") or next((str(p) for p in Path(os.environ.get("ProgramFiles(x86)", "C:/")).glob(
        "Inno Setup */ISCC.exe")), None)
    if not iscc:
        print("Inno Setup (ISCC.exe) introuvable : installeur non compilé. "
              "Compilez build/windows/recommandes-ar24.iss avec Inno Setup 6.")
        return None
    subprocess.run([iscc, f"/DAppVersion={__version__}", f"/DDistDir={dist}", f"/DIconFile={icon}", f"/O{dist}",
                    str(ROOT / "build" / "windows" / f"{APP_SLUG}.iss")], check=True)
    return dist / f"{APP_SLUG}-{__version__}-setup.exe"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=f"Construit {APP_NAME} {__version__}")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "out")
    parser.add_argument("--no-archive", action="store_true", help="ni tarball ni installeur")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    dist, work = args.dist.resolve(), args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    for qm in compile_translations():
        print(f"traduction : {qm.relative_to(ROOT)}")
    make_icons(work / "icons")
    write_version_info(work / "version_info.txt")
    bundle = run_pyinstaller(dist, work)
    print(f"bundle : {bundle}")
    if not args.no_archive:
        if sys.platform.startswith("linux"):
            print(f"archive : {linux_tarball(bundle, dist)}")
        elif sys.platform == "win32":
            print(f"installeur : {windows_installer(dist, work / 'icons' / 'app.ico')}")
    print(f"construit en {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
