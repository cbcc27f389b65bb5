#!/usr/bin/env python3
"""The raw baseline an import is measured against: Python's sqlite3 reading a CSV file, inserting its
rows into a plain table and loading a plain FTS5 table from them, in one transaction.

    import_baseline.py FILE.csv [DATABASE]

Prints one line: "baseline: N rows in S s".
"""
import csv
import os
import sqlite3
import sys
import tempfile
import time


def main():
    path = sys.argv[1]
    folder = tempfile.mkdtemp(prefix="praxis-baseline-")
    db_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(folder, "baseline.sqlite")
    start = time.monotonic()
    db = sqlite3.connect(db_path)
    db.execute("PRAGMA journal_mode=WAL")
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        header = next(reader)
        columns = ", ".join(f"c{i} TEXT" for i in range(len(header)))
        db.execute(f"CREATE TABLE rows (id INTEGER PRIMARY KEY, {columns})")
        marks = ", ".join("?" for _ in header)
        db.execute("BEGIN")
        n = 0
        for row in reader:
            row = (row + [""] * len(header))[: len(header)]
            db.execute(f"INSERT INTO rows VALUES (NULL, {marks})", row)
            n += 1
    names = ", ".join(f"c{i}" for i in range(len(header)))
    db.execute(f"CREATE VIRTUAL TABLE fts USING fts5({names}, tokenize='unicode61 remove_diacritics 2')")
    db.execute(f"INSERT INTO fts (rowid, {names}) SELECT id, {names} FROM rows")
    db.commit()
    db.close()
    print(f"baseline: {n} rows in {time.monotonic() - start:.2f} s", flush=True)


if __name__ == "__main__":
    main()
