#!/usr/bin/env python3
"""Independent re-reader for the blind6 personas (shares no code with generate.py).

For each KEY.labels.json next to this file it opens KEY.zip the way a reader of
that platform's export would, lists every post the archive holds, and checks
that the two sets agree one-to-one on created_at (UTC), text, geo and photo GPS.
It also checks the labels schema, the watchlist, and that each labelled DM
contact occurs in the archive's messages. Prints OK when everything agrees.
"""
import csv
import glob
import html
import io
import json
import os
import re
import sys
import tomllib
import zipfile
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED = {"unit", "role", "location", "routine", "home"}
problems = []


def bad(key, msg):
    problems.append(f"{key}: {msg}")


def iso(ts):
    return datetime.fromtimestamp(int(ts), timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def unmojibake(s):
    try:
        return s.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return s


def deep_fix(o):
    if isinstance(o, str):
        return unmojibake(o)
    if isinstance(o, list):
        return [deep_fix(x) for x in o]
    if isinstance(o, dict):
        return {k: deep_fix(v) for k, v in o.items()}
    return o


def ll(lat, lon):
    return {"lat": round(float(lat), 6), "lon": round(float(lon), 6)}


# ---------------------------------------------------------------- platform readers
# each returns (posts, dm_people) where posts is a list of dicts with
# created_at, text, geo, photo_gps, native; dm_people a set of strings naming DM partners.

def read_telegram(z, key):
    names = [n for n in z.namelist() if n.endswith("result.json")]
    if len(names) != 1:
        bad(key, f"expected one result.json, found {names}")
        return [], set()
    root = names[0][: -len("result.json")]
    data = json.loads(z.read(names[0]).decode("utf-8"))
    for k in ("about", "personal_information", "chats"):
        if k not in data:
            bad(key, f"result.json lacks {k}")
    me = data["personal_information"]["user_id"]
    zone = ZoneInfo("Asia/Shanghai")
    posts, people = [], set()
    for chat in data["chats"]["list"]:
        typ = chat["type"]
        for m in chat["messages"]:
            if not isinstance(m["date_unixtime"], str):
                bad(key, "date_unixtime must be a string")
            local = datetime.fromtimestamp(int(m["date_unixtime"]), zone).strftime("%Y-%m-%dT%H:%M:%S")
            if local != m["date"]:
                bad(key, f"date {m['date']} disagrees with date_unixtime ({local})")
            if typ == "personal_chat":
                if m.get("from_id") != f"user{me}":
                    people.update({m.get("from", ""), str(chat["id"]), m.get("from_id", "")})
                continue
            if m["type"] != "message" or typ not in ("private_channel", "public_channel", "saved_messages"):
                continue
            text_field = m["text"]
            ents = m["text_entities"]
            joined = "".join(e["text"] for e in ents)
            alt = text_field if isinstance(text_field, str) else "".join(
                x if isinstance(x, str) else x["text"] for x in text_field)
            if joined != alt:
                bad(key, f"text and text_entities disagree in message {m['id']}")
            geo = None
            if m.get("location_information"):
                geo = ll(m["location_information"]["latitude"], m["location_information"]["longitude"])
            if "photo" in m and not m["photo"].startswith("("):
                if root + m["photo"] not in z.namelist():
                    bad(key, f"photo file missing: {m['photo']}")
            native = (f"saved/{m['id']}" if typ == "saved_messages" else f"channel{chat['id']}/{m['id']}")
            posts.append({"created_at": iso(m["date_unixtime"]), "text": joined, "geo": geo, "photo_gps": None,
                          "native": native})
    return posts, people


def read_linkedin(z, key):
    def rows(name, skip_notes=False):
        raw = z.read(name).decode("utf-8")
        if skip_notes and raw.startswith("Notes:"):
            raw = raw[raw.index("\n\n") + 2:]
        return list(csv.DictReader(io.StringIO(raw, newline="")))

    for must in ("Profile.csv", "Positions.csv", "Shares.csv"):
        if must not in z.namelist():
            bad(key, f"missing {must}")
    posts = []
    for r in rows("Shares.csv"):
        text = r["ShareCommentary"].replace('"\n"', "\n")
        m = re.search(r"urn%3Ali%3A(?:share|activity)%3A(\d+)", r["ShareLink"])
        posts.append({"created_at": datetime.strptime(r["Date"], "%Y-%m-%d %H:%M:%S").strftime("%Y-%m-%dT%H:%M:%SZ"),
                      "text": text, "geo": None, "photo_gps": None, "native": m.group(1) if m else None})
        if m:
            ms = int(m.group(1)) >> 22
            if abs(ms / 1000 - datetime.strptime(r["Date"] + "+0000", "%Y-%m-%d %H:%M:%S%z").timestamp()) > 2:
                bad(key, f"share id {m.group(1)} does not encode its Date")
    if "Comments.csv" in z.namelist():
        for r in rows("Comments.csv"):
            m = re.search(r"activity%3A(\d+)", r["Link"])
            when = datetime.strptime(r["Date"], "%Y-%m-%d %H:%M:%S")
            posts.append({"created_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": r["Message"], "geo": None,
                          "photo_gps": None, "native": f"comment:{m.group(1)}:{when.strftime('%Y%m%d%H%M%S')}"})
    rows("Connections.csv", skip_notes=True)
    people = set()
    for r in rows("messages.csv"):
        people.update({r["FROM"], r["SENDER PROFILE URL"], r["SENDER PROFILE URL"].rstrip("/").rsplit("/", 1)[-1]})
    return posts, people


def ytd(text):
    text = text.lstrip("\ufeff")
    if not re.match(r"window\.YTD\.\w+\.part\d+ = ", text):
        raise ValueError("missing window.YTD prefix")
    return json.loads(text[text.index("["):].rstrip().rstrip(";"))


def read_x(z, key):
    man = z.read("data/manifest.js").decode("utf-8")
    manifest = json.loads(man[man.index("{"):])
    files = [f["fileName"] for f in manifest["dataTypes"]["tweets"]["files"]]
    on_disk = sorted(n for n in z.namelist() if re.fullmatch(r"data/tweets(-part\d+)?\.js", n))
    if sorted(files) != on_disk:
        bad(key, f"manifest tweet files {files} != {on_disk}")
    tz = ytd(z.read("data/account-timezone.js").decode("utf-8"))[0]["accountTimezone"]["timeZone"]
    if tz != "Hong Kong":
        bad(key, f"unexpected account timezone {tz}")
    posts = []
    for name in on_disk:
        for rec in ytd(z.read(name).decode("utf-8")):
            t = rec["tweet"]
            created = datetime.strptime(t["created_at"], "%a %b %d %H:%M:%S %z %Y")
            if ((int(t["id_str"]) >> 22) + 1288834974657) // 1000 - int(created.timestamp()) not in (0, 1):
                bad(key, f"tweet id {t['id_str']} does not encode created_at")
            geo = None
            if "geo" in t:
                lat, lon = t["geo"]["coordinates"]
                lon2, lat2 = t["coordinates"]["coordinates"]
                if (lat, lon) != (lat2, lon2):
                    bad(key, f"geo/coordinates disagree in {t['id_str']}")
                geo = ll(lat, lon)
            posts.append({"created_at": created.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                          "text": html.unescape(t["full_text"]), "geo": geo, "photo_gps": None, "native": t["id_str"]})
    me = manifest["userInfo"]["accountId"]
    people = set()
    for conv in ytd(z.read("data/direct-messages.js").decode("utf-8")):
        for part in conv["dmConversation"]["conversationId"].split("-"):
            if part != me:
                people.add(part)
    return posts, people


def read_instagram(z, key):
    names = set(z.namelist())
    posts = []

    def first_gps(media):
        for m in media[:1]:
            for ex in m.get("media_metadata", {}).get("photo_metadata", {}).get("exif_data", []):
                if "latitude" in ex:
                    return ll(ex["latitude"], ex["longitude"]), ex.get("date_time_original")
        return None, None

    def check_files(media):
        for m in media:
            if m["uri"] not in names:
                bad(key, f"media file missing: {m['uri']}")

    zone = ZoneInfo("Australia/Adelaide")
    raw = json.loads(z.read("your_instagram_activity/content/posts_1.json"))
    for post in deep_fix(raw):
        media = post["media"]
        check_files(media)
        if len(media) > 1:
            ts, text = post["creation_timestamp"], post["title"]
            if any(m["title"] for m in media):
                bad(key, "carousel media should carry empty titles")
        else:
            ts, text = media[0]["creation_timestamp"], media[0]["title"]
            if "title" in post or "creation_timestamp" in post:
                bad(key, "single-media post should have no top-level title/timestamp")
        gps, dto = first_gps(media)
        native = media[0]["uri"].rsplit("_", 1)[-1].split(".")[0]
        posts.append({"created_at": iso(ts), "text": text, "geo": None, "photo_gps": gps, "native": native, "dto": dto,
                      "ts": ts})
    stories = deep_fix(json.loads(z.read("your_instagram_activity/content/stories.json")))["ig_stories"]
    for s in stories:
        check_files([s])
        gps, dto = first_gps([s])
        native = s["uri"].rsplit("_", 1)[-1].split(".")[0]
        posts.append({"created_at": iso(s["creation_timestamp"]), "text": s["title"], "geo": None, "photo_gps": gps,
                      "native": native, "dto": dto, "ts": s["creation_timestamp"]})
    for p in posts:
        dto, ts = p.pop("dto"), p.pop("ts")
        if dto:
            local = datetime.fromtimestamp(ts, zone).replace(tzinfo=None)
            lag = (local - datetime.strptime(dto, "%Y:%m:%d %H:%M:%S")).total_seconds()
            if not 0 <= lag <= 900:
                bad(key, f"date_time_original {dto} is not shortly before the post ({local})")
    people = set()
    for n in names:
        mm = re.fullmatch(r"your_instagram_activity/messages/inbox/([^/]+)_(\d+)/message_\d+\.json", n)
        if mm:
            thread = deep_fix(json.loads(z.read(n)))
            people.update({mm.group(1), mm.group(2)})
            people.update(p["name"] for p in thread["participants"])
            stamps = [m["timestamp_ms"] for m in thread["messages"]]
            if stamps != sorted(stamps, reverse=True):
                bad(key, f"{n}: messages not newest first")
    # raw file must really use Meta's \u00XX escapes for non-ASCII text
    if not re.search(rb"\\u00[c-f][0-9a-f]\\u00[89ab][0-9a-f]", z.read("your_instagram_activity/content/posts_1.json")):
        bad(key, "posts_1.json has no escaped-UTF-8 sequences")
    return posts, people


READERS = {"telegram": read_telegram, "linkedin": read_linkedin, "x": read_x, "instagram": read_instagram}


# ---------------------------------------------------------------- checks

def check_persona(path):
    lab = json.load(open(path, encoding="utf-8"))
    key = lab["persona"]
    for k in ("persona", "platform", "archive", "timezone", "truth", "contacts", "posts"):
        if k not in lab:
            bad(key, f"labels lack {k}")
    ZoneInfo(lab["timezone"])
    t = lab["truth"]
    for k in ("unit", "role", "office", "home", "routine_places"):
        if k not in t:
            bad(key, f"truth lacks {k}")
    zpath = os.path.join(HERE, lab["archive"])
    with zipfile.ZipFile(zpath) as z:
        for info in z.infolist():
            if info.date_time != (2024, 11, 20, 9, 30, 0):
                bad(key, f"zip entry {info.filename} has timestamp {info.date_time}")
        archive_posts, people = READERS[lab["platform"]](z, key)

    labelled = lab["posts"]
    if not 90 <= len(labelled) <= 130:
        bad(key, f"{len(labelled)} posts, outside 90-130")
    by_time = {}
    for p in labelled:
        for k in ("created_at", "native_id", "labels", "text", "geo", "photo_gps"):
            if k not in p:
                bad(key, f"post lacks {k}: {p}")
        if not set(p["labels"]) <= ALLOWED:
            bad(key, f"unknown label in {p['labels']}")
        if p["labels"] != sorted(set(p["labels"])):
            bad(key, f"labels not sorted/unique: {p['labels']}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", p["created_at"]):
            bad(key, f"bad created_at {p['created_at']}")
        if p["created_at"] in by_time:
            bad(key, f"duplicate created_at {p['created_at']}")
        by_time[p["created_at"]] = p
    seen = set()
    for a in archive_posts:
        p = by_time.get(a["created_at"])
        if p is None:
            bad(key, f"archive post not labelled: {a['created_at']} {a['text'][:40]!r}")
            continue
        seen.add(a["created_at"])
        if p["text"] != a["text"]:
            bad(key, f"text differs at {a['created_at']}: {p['text']!r} vs {a['text']!r}")
        for f in ("geo", "photo_gps"):
            if (p[f] is None) != (a[f] is None) or (p[f] and ll(p[f]["lat"], p[f]["lon"]) != a[f]):
                bad(key, f"{f} differs at {a['created_at']}: {p[f]} vs {a[f]}")
        if a["native"] is not None and str(p["native_id"]) != str(a["native"]):
            bad(key, f"native_id differs at {a['created_at']}: {p['native_id']} vs {a['native']}")
    for ts in by_time:
        if ts not in seen:
            bad(key, f"labelled post not in archive: {ts} {by_time[ts]['text'][:40]!r}")

    # contacts
    if lab["platform"] in ("telegram", "x", "instagram", "linkedin"):
        sus = [c for c in lab["contacts"] if c["suspicious"]]
        if len(sus) != 1 or len(lab["contacts"]) != 3:
            bad(key, f"expected 1 suspicious + 2 ordinary contacts, got {lab['contacts']}")
        for c in lab["contacts"]:
            if not ({c["handle"], c["name"], str(c["id"])} & people):
                bad(key, f"contact {c} not found in the archive's messages")

    # composition
    counts = {c: sum(1 for p in labelled if c in p["labels"]) for c in ALLOWED}
    benign = sum(1 for p in labelled if not p["labels"])
    print(f"{key}: {len(archive_posts)} archive posts, {len(labelled)} labelled; "
          f"benign={benign} ({benign / len(labelled):.0%}) " + " ".join(f"{c}={counts[c]}" for c in sorted(counts)))

    # watchlist
    wpath = os.path.join(HERE, key + ".watchlist.toml")
    with open(wpath, "rb") as f:
        wl = tomllib.load(f)
    if wl.get("timezone") != lab["timezone"]:
        bad(key, "watchlist timezone differs from labels")
    for sect in ("unit", "role", "site"):
        if not wl.get(sect):
            bad(key, f"watchlist lacks [[{sect}]]")
    names = [n.lower() for n in t["unit"]]
    for u in wl.get("unit", []):
        for n in [u["name"]] + u.get("aliases", []):
            if n.lower() not in names:
                bad(key, f"watchlist unit name {n!r} not in truth.unit")


def main():
    files = sorted(glob.glob(os.path.join(HERE, "*.labels.json")))
    if len(files) != 4:
        bad("all", f"expected 4 labels files, found {len(files)}")
    for f in files:
        check_persona(f)
    if problems:
        for p in problems:
            print("PROBLEM", p)
        print(f"{len(problems)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
