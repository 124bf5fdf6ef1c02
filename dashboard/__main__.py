"""Commands: `python -m dashboard extract PATH... --out FILE` and `python -m dashboard build`."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dashboard.events import OUTPUT_FORMATS

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard",
                                     description="Borderwatch: border incident events from news articles.")
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="extract events from article files or folders")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="article file or folder (searched recursively)")
    extract.add_argument("--out", required=True, metavar="FILE",
                         help=f"output file; its extension picks the format ({', '.join(OUTPUT_FORMATS)})")
    for command in (extract,):
        _online_options(command)
    build = sub.add_parser("build", help="(re)build the dashboard's database from seeds/ and other folders")
    build.add_argument("paths", nargs="*", metavar="PATH", help="more article folders besides seeds/")
    build.add_argument("--db", metavar="FILE", help="database file (default data/borderwatch.sqlite)")
    _online_options(build)
    return parser


def _online_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--geocode-online", nargs="?", const="https://nominatim.openstreetmap.org",
                         metavar="URL", help="look up places the offline gazetteer lacks with Nominatim "
                                             "(off by default; results cached in .geocache/ or $BORDERWATCH_GEOCACHE)")


def _geocoder(args):
    if not args.geocode_online:
        return None
    from dashboard.geo.online import make_online_geocoder
    from dashboard.store import REPO_ROOT

    cache = os.environ.get("BORDERWATCH_GEOCACHE") or REPO_ROOT / ".geocache"
    return make_online_geocoder(Path(cache), url=args.geocode_online)


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if args.command == "extract" and Path(args.out).suffix.lower() not in OUTPUT_FORMATS:
        print(f"error: --out must end in one of {', '.join(OUTPUT_FORMATS)}", file=sys.stderr)
        return EXIT_USAGE
    from dashboard import build as builder  # after argument checks: importing loads the gazetteer
    from dashboard.events import write_events
    from dashboard.store import DEFAULT_ARTICLE_DIRS, DEFAULT_DB

    if args.command == "extract":
        result = builder.extract_paths(args.paths, geocoder=_geocoder(args))
        write_events(result.events, Path(args.out))
    else:
        paths = [*DEFAULT_ARTICLE_DIRS, *args.paths]
        db = Path(args.db) if args.db else DEFAULT_DB
        result = builder.build(paths, db, progress=builder.print_progress(), geocoder=_geocoder(args))
        print(f"{len(result.events)} events from {len(result.articles)} articles -> {db}", file=sys.stderr)
    for err in result.errors:
        print(f"rejected {err}", file=sys.stderr)
    return EXIT_REJECTED if result.errors else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
