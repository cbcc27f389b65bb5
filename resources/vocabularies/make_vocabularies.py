#!/usr/bin/env python3
"""Writes the vocabularies Praxis ships: ISO 639-1 languages and ISO 3166-1 countries with their names in
English, Spanish and French (from the system's iso-codes package), and the UN M49 regions each country
belongs to.

    make_vocabularies.py ISO_CODES_JSON_DIR LOCALE_DIR OUTPUT_DIR
"""
import gettext
import json
import os
import re
import sys

LANGUAGES = ["es", "fr"]

# Misspellings in the translations of some iso-codes releases.
CORRECTIONS = {("es", "Árábe"): "Árabe"}

# UN M49 (Standard country or area codes for statistical use): region, sub-region, intermediate region
# and the ISO 3166-1 alpha-2 codes of the countries or areas in each.
M49 = [
    ("Africa", "Northern Africa", None, "DZ EG LY MA SD TN EH"),
    ("Africa", "Sub-Saharan Africa", "Eastern Africa",
     "IO BI KM DJ ER ET TF KE MG MW MU YT MZ RE RW SC SO SS UG TZ ZM ZW"),
    ("Africa", "Sub-Saharan Africa", "Middle Africa", "AO CM CF TD CG CD GQ GA ST"),
    ("Africa", "Sub-Saharan Africa", "Southern Africa", "BW SZ LS NA ZA"),
    ("Africa", "Sub-Saharan Africa", "Western Africa", "BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG"),
    ("Americas", "Latin America and the Caribbean", "Caribbean",
     "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI"),
    ("Americas", "Latin America and the Caribbean", "Central America", "BZ CR SV GT HN MX NI PA"),
    ("Americas", "Latin America and the Caribbean", "South America", "AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE"),
    ("Americas", "Northern America", None, "BM CA GL PM US"),
    ("Asia", "Central Asia", None, "KZ KG TJ TM UZ"),
    ("Asia", "Eastern Asia", None, "CN HK MO KP JP MN KR TW"),
    ("Asia", "South-eastern Asia", None, "BN KH ID LA MY MM PH SG TH TL VN"),
    ("Asia", "Southern Asia", None, "AF BD BT IN IR MV NP PK LK"),
    ("Asia", "Western Asia", None, "AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE"),
    ("Europe", "Eastern Europe", None, "BY BG CZ HU PL MD RO RU SK UA"),
    ("Europe", "Northern Europe", None, "AX DK EE FO FI GG IS IE IM LV LT NO SJ SE GB JE"),
    ("Europe", "Southern Europe", None, "AL AD BA HR GI GR VA IT MT ME MK PT SM RS SI ES"),
    ("Europe", "Western Europe", None, "AT BE FR DE LI LU MC NL CH"),
    ("Oceania", "Australia and New Zealand", None, "AU CX CC HM NZ NF"),
    ("Oceania", "Melanesia", None, "FJ NC PG SB VU"),
    ("Oceania", "Micronesia", None, "GU KI MH FM NR MP PW UM"),
    ("Oceania", "Polynesia", None, "AS CK PF NU PN WS TK TO TV WF"),
]

# The names of the M49 regions as the UN writes them in Spanish and French.
REGION_NAMES = {
    "Africa": ("África", "Afrique"),
    "Northern Africa": ("África septentrional", "Afrique du Nord"),
    "Sub-Saharan Africa": ("África subsahariana", "Afrique subsaharienne"),
    "Eastern Africa": ("África oriental", "Afrique orientale"),
    "Middle Africa": ("África central", "Afrique centrale"),
    "Southern Africa": ("África meridional", "Afrique australe"),
    "Western Africa": ("África occidental", "Afrique de l'Ouest"),
    "Americas": ("Américas", "Amériques"),
    "Latin America and the Caribbean": ("América Latina y el Caribe", "Amérique latine et Caraïbes"),
    "Caribbean": ("Caribe", "Caraïbes"),
    "Central America": ("Centroamérica", "Amérique centrale"),
    "South America": ("América del Sur", "Amérique du Sud"),
    "Northern America": ("América septentrional", "Amérique septentrionale"),
    "Asia": ("Asia", "Asie"),
    "Central Asia": ("Asia central", "Asie centrale"),
    "Eastern Asia": ("Asia oriental", "Asie orientale"),
    "South-eastern Asia": ("Asia sudoriental", "Asie du Sud-Est"),
    "Southern Asia": ("Asia meridional", "Asie du Sud"),
    "Western Asia": ("Asia occidental", "Asie occidentale"),
    "Europe": ("Europa", "Europe"),
    "Eastern Europe": ("Europa oriental", "Europe orientale"),
    "Northern Europe": ("Europa septentrional", "Europe septentrionale"),
    "Southern Europe": ("Europa meridional", "Europe méridionale"),
    "Western Europe": ("Europa occidental", "Europe occidentale"),
    "Oceania": ("Oceanía", "Océanie"),
    "Australia and New Zealand": ("Australia y Nueva Zelandia", "Australie et Nouvelle-Zélande"),
    "Melanesia": ("Melanesia", "Mélanésie"),
    "Micronesia": ("Micronesia", "Micronésie"),
    "Polynesia": ("Polinesia", "Polynésie"),
}


def translations(locale_dir, domain):
    out = {}
    for lang in LANGUAGES:
        path = os.path.join(locale_dir, lang, "LC_MESSAGES", domain + ".mo")
        try:
            with open(path, "rb") as f:
                out[lang] = gettext.GNUTranslations(f)
        except OSError:
            out[lang] = gettext.NullTranslations()
    return out


def names(english, tr):
    entry = {"en": english}
    for lang in LANGUAGES:
        entry[lang] = tr[lang].gettext(english)
    return entry


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    json_dir, locale_dir, out_dir = sys.argv[1:]
    os.makedirs(out_dir, exist_ok=True)

    with open(os.path.join(json_dir, "iso_639-3.json"), encoding="utf-8") as f:
        iso639 = json.load(f)["639-3"]
    tr = translations(locale_dir, "iso_639-3")
    languages = []
    for lang in iso639:
        code = lang.get("alpha_2")
        if not code:
            continue
        entry = {"code": code}
        entry.update(names(lang["name"], tr))
        for key in ["en"] + LANGUAGES:
            name = CORRECTIONS.get((key, entry[key]), entry[key])
            name = re.sub(r"\s*\((macrolanguage|macrolangue|macrolengua)\)$", "", name)
            entry[key] = name[:1].upper() + name[1:]
        languages.append(entry)
    languages.sort(key=lambda e: e["code"])

    with open(os.path.join(json_dir, "iso_3166-1.json"), encoding="utf-8") as f:
        iso3166 = json.load(f)["3166-1"]
    tr = translations(locale_dir, "iso_3166-1")
    placed = {}
    for region, sub, intermediate, codes in M49:
        for code in codes.split():
            placed[code] = (region, sub, intermediate)
    countries = []
    for c in iso3166:
        code = c["alpha_2"]
        english = c.get("common_name", c["name"])
        entry = {"code": code}
        entry.update(names(english, tr))
        region, sub, intermediate = placed.get(code, (None, None, None))
        entry["region"] = region or ""
        entry["subregion"] = sub or ""
        entry["intermediate"] = intermediate or ""
        countries.append(entry)
    countries.sort(key=lambda e: e["code"])
    missing = sorted(c["code"] for c in countries if not c["region"] and c["code"] != "AQ")
    if missing:
        print("make_vocabularies: no M49 region for " + " ".join(missing), file=sys.stderr)

    regions = []
    seen = set()
    for region, sub, intermediate, _ in M49:
        for name, parent in ((region, ""), (sub, region), (intermediate, sub)):
            if name and name not in seen:
                seen.add(name)
                es, fr = REGION_NAMES[name]
                regions.append({"code": name, "parent": parent, "en": name, "es": es, "fr": fr})

    for name, data in (("languages", languages), ("countries", countries), ("regions", regions)):
        with open(os.path.join(out_dir, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=0, sort_keys=True)
            f.write("\n")


if __name__ == "__main__":
    main()
