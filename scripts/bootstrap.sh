#!/usr/bin/env bash
# Sets up everything clerk-intake needs on a Debian machine, idempotently:
# Debian's tesseract-ocr (and poppler-utils), Debian's postgresql (its server binaries, for
# the store's tests on a throwaway cluster; the cluster Debian creates stays stopped),
# Debian's chromium (the browser tests drive it; Playwright never downloads a browser), uv,
# the virtual environment at .venv with the locked dependencies (requirements.lock),
# bytecode compiled.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# Wait up to 10 minutes for the Debian package lock when another install holds it (a fresh
# machine still running its own updates) instead of failing at once.
APT=(apt-get -o DPkg::Lock::Timeout=600)

apt_install() {
  echo ">> installing Debian packages: $* (waiting for the package lock if another install holds it)"
  $SUDO "${APT[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO "${APT[@]}" install -y -qq "$@" >/dev/null
}

missing=()
command -v tesseract >/dev/null || missing+=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
# pg_trgm, which a Prefect server on PostgreSQL needs (in Debian 12's postgresql-15; the
# contrib package provides it where the server package does not)
compgen -G "/usr/share/postgresql/*/extension/pg_trgm.control" >/dev/null || missing+=(postgresql-contrib)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
if command -v uv >/dev/null; then
  UV=(uv)
else
  "$PY" -m uv --version >/dev/null 2>&1 || { echo ">> installing uv"; "$PY" -m pip install -q uv; }
  UV=("$PY" -m uv)  # works before any shim or PATH knows the new command
fi

stamp=.venv/.installed
want=$(cat requirements.lock pyproject.toml | sha256sum | cut -c1-16)
if [ ! -x .venv/bin/python ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo ">> creating .venv with the locked dependencies"
  "${UV[@]}" venv -q --allow-existing --python "$PY" .venv
  "${UV[@]}" pip sync -q --compile-bytecode -p .venv/bin/python requirements.lock
  "${UV[@]}" pip install -q --compile-bytecode --no-deps -p .venv/bin/python -e .
  echo "$want" > "$stamp"
fi
