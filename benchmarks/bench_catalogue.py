"""Time to read the reference data and to search the catalogue as the user types.

Targets (ours): reading codes.json + countries.json + checklist.json under 50 ms in all, so
the first page opens without a pause; one search under 5 ms, so the code picker can filter
on every keystroke; one checklist under 2 ms, so the documents page can refresh on every
change.
Run: .venv/bin/python -m benchmarks.bench_catalogue [--runs N]
"""

from __future__ import annotations

import argparse
import statistics

from benchmarks.timing import median_ms

LOAD_TARGET_MS = 50.0
SEARCH_TARGET_MS = 5.0
CHECKLIST_TARGET_MS = 2.0
QUERIES = ("a", "ar", "art", "artist", "intra-company", "CUSMA", "mobilité francophone",
           "professeur", "C63", "C12", "r186 g", "nothing matches this")



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=25)
    runs = parser.parse_args().runs

    from imwu_desktop.domain.case import Case, Document
    from imwu_desktop.domain.catalogue import catalogue_from_dict, load_catalogue
    from imwu_desktop.domain.checklist import checklist_data_from_dict, checklist_for
    from imwu_desktop.domain.countries import countries_from_dict
    from imwu_desktop.domain.datafiles import load_data_file

    def load_all() -> None:
        catalogue_from_dict(load_data_file("codes.json"))
        countries_from_dict(load_data_file("countries.json"))
        checklist_data_from_dict(load_data_file("checklist.json"))

    catalogue = load_catalogue()
    case = Case()
    case.exemption.code = "C63"
    case.documents.append(Document(item="passport", sha256="0" * 64, file_name="p.jpg",
                                   size=1))

    rows = [("load codes + countries + checklist", median_ms(load_all, runs), LOAD_TARGET_MS)]
    search_ms = [median_ms(lambda q=q: catalogue.search(q), runs) for q in QUERIES]
    rows.append((f"search, slowest of {len(QUERIES)} queries", max(search_ms),
                 SEARCH_TARGET_MS))
    rows.append(("search, median over the queries", statistics.median(search_ms),
                 SEARCH_TARGET_MS))
    rows.append(("checklist_for (C63 case)", median_ms(lambda: checklist_for(case), runs),
                 CHECKLIST_TARGET_MS))

    print(f"Catalogue: {len(catalogue.all())} codes; {runs} runs each.\n")
    print("| measure | median (ms) | target (ms) | ratio to target |")
    print("|---|---:|---:|---:|")
    for name, value, target in rows:
        print(f"| {name} | {value:.2f} | {target:.0f} | {value / target:.2f} |")


if __name__ == "__main__":
    main()
