# The two commands of the README: `make demo` and `make test`. Both set everything up first.
.PHONY: setup demo test lint eval calibrate bench bench-night bench-scaling bench-startup lock scanned-samples security-scans
VENV := .venv/bin
export PYTHONDONTWRITEBYTECODE :=
export OMP_THREAD_LIMIT := 1

setup:
	@scripts/bootstrap.sh

demo: setup
	$(VENV)/intake batch samples/born_digital --out-dir out/born_digital --no-move --settle 0 --summary
	$(VENV)/intake eval samples/born_digital
	$(VENV)/python -m review.demo

lint: setup
	$(VENV)/ruff check core pipeline extractors scoring store review samples tests bench
	$(VENV)/mypy core pipeline extractors scoring store review
	$(VENV)/lint-imports --no-cache

test: lint
	$(VENV)/pytest -n 2 -q

scanned-samples: setup
	@test -d samples/scanned || $(VENV)/python -m samples.scan_variants

eval: scanned-samples
	$(VENV)/intake eval samples

# fields' confidence maps (extractors/calibration.json), fitted on the sample sets with
# truth; scanned sets join when they have been generated (git-ignored, OCR cached)
CALIBRATION_SETS := samples/born_digital samples/holdout samples/civic samples/campus \
  $(wildcard samples/harbor samples/ledger samples/scanned samples/civic_scanned samples/campus_scanned \
  samples/harbor_scanned samples/ledger_scanned)

calibrate: setup
	$(VENV)/python -m pipeline.calibrate $(CALIBRATION_SETS)

bench: setup
	$(VENV)/python -m bench.run

bench-night: setup
	$(VENV)/python -m bench.night

bench-scaling: setup
	$(VENV)/python -m bench.scaling

# scanned (OCR) twins of two security-paper packets, 300 and 200 dpi (git-ignored)
security-scans: setup
	for v in plain security; do $(VENV)/python -m samples.scan_variants \
	  --src samples/security_paper/$$v --out samples/security_paper_scanned/$$v \
	  --packets cmc-r7-name-checks,cmc-r3-institute-track \
	  --variants scan_300dpi_clean,scan_200dpi; done

bench-startup: setup
	$(VENV)/python -m bench.startup

lock:
	uv pip compile -q pyproject.toml --extra dev --python-version 3.11 -o requirements.lock
