#!/usr/bin/env python3
"""Verifies the blind15 set. Independent of generate.py: it re-reads every archive with its own
readers (X's 2020-2022 tweet.js + tweet-part1.js listed in manifest.js, Jackson-printed, with
HTML-escaped full_text and lon/lat-ordered coordinates; Instagram's 2024 layout with Meta mojibake,
single posts vs carousels and stories with exif GPS; Facebook's older posts/your_posts_1.json layout;
LinkedIn's newer UTF-8 Shares.csv with its double-escaped multi-line commentary, messages.csv and the
Connections.csv preamble) and compares ids, UTC times, decoded text, geo and photo GPS with the labels; checks the label/watchlist shapes against the dev set, the
geo-labelling rules against content/KEY.txt, the JPEGs, the invented-data rules, byte-identical
regeneration, and runs the scorer on an empty and a perfect report. Exit status 0 only when
everything passes.
"""
import csv
import io
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from datetime import datetime, timezone
import html
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/eval/dev"
SCORER = "/work/shared/eval/score.py"
PERSONAS = ["p1-x-airdrop", "p2-instagram-securemail", "p3-facebook-armourrepair", "p4-linkedin-linguist"]
CATS = ("unit", "role", "location", "routine")
ALLOWED_LABELS = {"unit", "role", "location", "routine", "home"}
UTC = timezone.utc
GEO_PLATFORMS = ("x", "instagram", "facebook")
errors = []


def err(persona, msg):
    errors.append(f"{persona}: {msg}")


def metres(a, b):
    r = 6_371_000
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    hh = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(hh))


def zstamp(ts):
    return datetime.fromtimestamp(int(ts), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def fix_meta(o):
    """Undo Meta's mojibake, per string, falling back to the original."""
    if isinstance(o, str):
        if all(ord(c) < 256 for c in o):
            try:
                return o.encode("latin-1").decode("utf-8")
            except UnicodeDecodeError:
                return o
        return o
    if isinstance(o, list):
        return [fix_meta(x) for x in o]
    if isinstance(o, dict):
        return {fix_meta(k): fix_meta(v) for k, v in o.items()}
    return o


def pt(d):
    return None if d is None else (round(float(d["lat"]), 6), round(float(d["lon"]), 6))


# --------------------------------------------------------------------------- KEY.txt (rules only)

def read_key(persona):
    meta, places, contacts = {}, {}, []
    with open(os.path.join(HERE, "content", persona + ".txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("@place "):
                p = [x.strip() for x in line[7:].split("|")]
                places[p[0]] = {"kind": p[1], "lat": float(p[2]), "lon": float(p[3]), "name": p[4],
                                "schedule": p[6] if len(p) > 6 else ""}
            elif line.startswith("@contact "):
                contacts.append([x.strip() for x in line[9:].split("|")])
            elif line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                meta[k] = v.strip()
    return meta, places, contacts


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def in_schedule(sched, local):
    if not sched:
        return False
    days, _, hours = sched.partition(" ")
    if "-" in days and "," not in days:
        a, b = days.split("-")
        allowed = DAYS[DAYS.index(a):DAYS.index(b) + 1]
    else:
        allowed = days.split(",")
    start, end = hours.split("-")
    hm = local.strftime("%H:%M")
    return DAYS[local.weekday()] in allowed and start <= hm <= end


# --------------------------------------------------------------------------- X / Twitter (tweet.js generation)

YTD_RE = re.compile(r"^window\.YTD\.([a-z_]+)\.part(\d+) = ")


def ytd_load(z, name):
    raw = z.read(name).decode("utf-8")
    m = YTD_RE.match(raw)
    if not m:
        raise ValueError(f"{name}: no window.YTD prefix")
    return m.group(1), json.loads(raw[raw.index("["):].rstrip().rstrip(";"))


def read_x(z, persona):
    names = set(z.namelist())
    mraw = z.read("data/manifest.js").decode("utf-8")
    if not mraw.startswith("window.__THAR_CONFIG = "):
        err(persona, "manifest.js prefix")
    manifest = json.loads(mraw[mraw.index("{"):])
    files = manifest["dataTypes"]["tweet"]["files"]
    media_dir = manifest["dataTypes"]["tweet"]["mediaDirectory"]
    uid = manifest["userInfo"]["accountId"]
    got, n_media, n_geo, n_place = {}, 0, 0, 0
    for f in files:
        kind, items = ytd_load(z, f["fileName"])
        if kind != "tweet" or f["globalName"] != f"YTD.tweet.part{YTD_RE.match(z.read(f['fileName']).decode())[2]}":
            err(persona, f"{f['fileName']}: global name mismatch")
        if int(f["count"]) != len(items):
            err(persona, f"{f['fileName']}: manifest count {f['count']} != {len(items)}")
        for it in items:
            t = it["tweet"]
            if not isinstance(t["id_str"], str) or t["id"] != t["id_str"]:
                err(persona, "tweet ids must be equal strings")
            when = datetime.strptime(t["created_at"], "%a %b %d %H:%M:%S %z %Y")
            # snowflake: top bits are ms since the Twitter epoch
            ms = (int(t["id_str"]) >> 22) + 1288834974657
            if abs(ms / 1000 - when.timestamp()) > 1:
                err(persona, f"{t['id_str']}: snowflake time differs from created_at")
            text = html.unescape(t["full_text"])
            geo = None
            if "coordinates" in t:
                lon, lat = (float(x) for x in t["coordinates"]["coordinates"])
                glat, glon = (float(x) for x in t["geo"]["coordinates"])
                if (lat, lon) != (glat, glon):
                    err(persona, f"{t['id_str']}: geo and coordinates disagree")
                geo = (round(lat, 6), round(lon, 6))
                n_geo += 1
            if "place" in t:
                n_place += 1
                if t["place"]["bounding_box"]["type"] != "Polygon":
                    err(persona, "place bounding box")
            for med in t.get("extended_entities", {}).get("media", []):
                n_media += 1
                path = f"{media_dir}/{t['id_str']}-{med['media_url_https'].rsplit('/', 1)[1]}"
                if path not in names:
                    err(persona, f"missing media file {path}")
                if med["url"] not in t["full_text"]:
                    err(persona, "media t.co link not in full_text")
            if "entities" in t and t["entities"].get("media") and t["entities"]["media"][0] != t["extended_entities"]["media"][0]:
                err(persona, "entities.media[0] != extended_entities.media[0]")
            got[t["id_str"]] = (zstamp(when.timestamp()), text, geo, None)
    tzs = ytd_load(z, "data/account-timezone.js")[1]
    if tzs[0]["accountTimezone"]["accountId"] != uid:
        err(persona, "account-timezone accountId")
    acct = ytd_load(z, "data/account.js")[1][0]["account"]
    if acct["accountId"] != uid:
        err(persona, "account.js accountId")
    dms = {}
    for conv in ytd_load(z, "data/direct-messages.js")[1]:
        c = conv["dmConversation"]
        a, b = c["conversationId"].split("-")
        if uid not in (a, b) or int(a) > int(b):
            err(persona, f"conversationId {c['conversationId']}")
        other = b if a == uid else a
        stamps = [x["messageCreate"]["createdAt"] for x in c["messages"]]
        if stamps != sorted(stamps, reverse=True):
            err(persona, "DMs not newest first")
        d = dms.setdefault(other, {"in": 0, "out": 0})
        for x in c["messages"]:
            mc = x["messageCreate"]
            d["in" if mc["senderId"] == other else "out"] += 1
    return got, {"dms": dms, "tweet files": len(files), "media": n_media, "place objects": n_place,
                 "timeZone": tzs[0]["accountTimezone"]["timeZone"]}


# --------------------------------------------------------------------------- Instagram (2024 layout)

IG_ID = re.compile(r"_n_(\d+)\.jpg$")


def ig_gps(media):
    ex = (media.get("media_metadata", {}).get("photo_metadata", {}).get("exif_data") or [{}])[0]
    lat, lon = ex.get("latitude"), ex.get("longitude")
    if lat is None or (lat == 0 and lon == 0):
        return None
    return (round(lat, 6), round(lon, 6))


def read_instagram(z, persona):
    names = set(z.namelist())
    base = "your_instagram_activity"
    for need in (f"{base}/content/posts_1.json", f"{base}/content/stories.json",
                 "personal_information/personal_information/personal_information.json"):
        if need not in names:
            err(persona, f"missing {need}")
    for n in names:
        if n.endswith(".json") and not all(b < 128 for b in z.read(n)):
            err(persona, f"{n}: not pure ASCII (Meta escapes everything)")
    posts = fix_meta(json.loads(z.read(f"{base}/content/posts_1.json")))
    stories = fix_meta(json.loads(z.read(f"{base}/content/stories.json")))["ig_stories"]
    got, carousels = {}, 0

    def add(ts, text, media):
        for md in media:
            if md["uri"] not in names:
                err(persona, f"missing media {md['uri']}")
        mid = IG_ID.search(media[0]["uri"]).group(1)
        got[mid] = (zstamp(ts), text, None, ig_gps(media[0]))
    for p in posts:
        if "title" in p:                      # carousel: caption and time at the top level
            carousels += 1
            if any(md["title"] != "" for md in p["media"]) or len(p["media"]) < 2:
                err(persona, "carousel media titles must be empty")
            add(p["creation_timestamp"], p["title"], p["media"])
        else:
            if len(p["media"]) != 1:
                err(persona, "single post with several media")
            add(p["media"][0]["creation_timestamp"], p["media"][0]["title"], p["media"])
    for s in stories:
        add(s["creation_timestamp"], s["title"], [s])
    ts = [p.get("creation_timestamp") or p["media"][0]["creation_timestamp"] for p in posts]
    if ts != sorted(ts, reverse=True):
        err(persona, "posts_1.json not newest first")
    prof = fix_meta(json.loads(z.read("personal_information/personal_information/personal_information.json")))
    owner_name = prof["profile_user"][0]["string_map_data"]["Name"]["value"]
    dms = {}
    for n in sorted(names):
        if n.startswith(f"{base}/messages/inbox/") and n.endswith("message_1.json"):
            t = fix_meta(json.loads(z.read(n)))
            others = [p["name"] for p in t["participants"] if p["name"] != owner_name]
            d = dms.setdefault(others[0], {"in": 0, "out": 0})
            for msg in t["messages"]:
                d["out" if msg["sender_name"] == owner_name else "in"] += 1
    return got, {"dms": dms, "carousels": carousels, "stories": len(stories)}


# --------------------------------------------------------------------------- Facebook (older layout)

FB_ID = re.compile(r"_n_(\d+)\.(?:jpg|mp4)$")


def read_facebook(z, persona):
    names = set(z.namelist())
    for need in ("posts/your_posts_1.json", "profile_information/profile_information.json"):
        if need not in names:
            err(persona, f"missing {need}")
    if any(n.startswith(("your_facebook_activity/", "your_activity_across_facebook/", "personal_information/"))
           for n in names):
        err(persona, "newer Facebook folders in an older-layout export")
    for n in names:
        if n.endswith(".json") and not all(b < 128 for b in z.read(n)):
            err(persona, f"{n}: not pure ASCII")
    posts = fix_meta(json.loads(z.read("posts/your_posts_1.json")))
    if [p["timestamp"] for p in posts] != sorted((p["timestamp"] for p in posts), reverse=True):
        err(persona, "your_posts_1.json not newest first")
    prof = fix_meta(json.loads(z.read("profile_information/profile_information.json")))
    if "profile" not in prof:
        err(persona, "pre-2021 profile must use the 'profile' key")
    owner_name = prof["profile"]["name"]["full_name"]
    got, checkins, gps0, garbage = {}, 0, 0, 0
    for p in posts:
        text = next(d["post"] for d in p["data"] if "post" in d)
        media = [d["media"] for a in p.get("attachments", []) for d in a["data"] if "media" in d]
        place = [d["place"] for a in p.get("attachments", []) for d in a["data"] if "place" in d]
        for md in media:
            if md["uri"] not in names:
                err(persona, f"missing media {md['uri']}")
            ex = md.get("media_metadata", {}).get("photo_metadata", {}).get("exif_data", [{}])[0]
            if ex.get("taken_timestamp", 0) < 0:
                garbage += 1
        native = FB_ID.search(media[0]["uri"]).group(1) if media else str(p["timestamp"])
        geo = None
        if place:
            checkins += 1
            geo = (round(place[0]["coordinate"]["latitude"], 6), round(place[0]["coordinate"]["longitude"], 6))
        photo = None
        if media and "photo_metadata" in media[0].get("media_metadata", {}):
            ex = media[0]["media_metadata"]["photo_metadata"]["exif_data"][0]
            if "latitude" in ex:
                if ex["latitude"] == 0 and ex["longitude"] == 0:
                    gps0 += 1
                else:
                    photo = (round(ex["latitude"], 6), round(ex["longitude"], 6))
        got[native] = (zstamp(p["timestamp"]), text, geo, photo)
    dms = {}
    for n in sorted(names):
        if n.startswith("messages/inbox/") and n.endswith("message_1.json"):
            t = fix_meta(json.loads(z.read(n)))
            others = [p["name"] for p in t["participants"] if p["name"] != owner_name]
            d = dms.setdefault(others[0], {"in": 0, "out": 0})
            for msg in t["messages"]:
                d["out" if msg["sender_name"] == owner_name else "in"] += 1
    return got, {"dms": dms, "check-ins": checkins, "exif 0/0": gps0, "garbage taken_timestamp": garbage}


# --------------------------------------------------------------------------- LinkedIn (2025 generation)

SHARE_RE = re.compile(r"^https://www\.linkedin\.com/feed/update/urn%3Ali%3Ashare%3A(\d+)$")


def li_unquirk(s):
    """Undo the double-escaped multi-line commentary: strip one stray quote around each inner line."""
    lines = s.split("\n")
    if len(lines) == 1:
        return s
    out = []
    for i, line in enumerate(lines):
        if i > 0:
            if not line.startswith('"'):
                raise ValueError("inner line without its leading quote")
            line = line[1:]
        if i < len(lines) - 1:
            if not line.endswith('"'):
                raise ValueError("inner line without its trailing quote")
            line = line[:-1]
        out.append(line)
    return "\n".join(out)


def read_linkedin(z, persona):
    names = set(z.namelist())
    for need in ("Shares.csv", "Profile.csv", "Positions.csv", "messages.csv", "Connections.csv", "PhoneNumbers.csv"):
        if need not in names:
            err(persona, f"missing {need}")
    raw = z.read("Shares.csv")
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xef\xbb\xbf"):
        err(persona, "newer Shares.csv is plain UTF-8 without a BOM")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"))))
    if rows[0] != ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"]:
        err(persona, f"Shares.csv header {rows[0]}")
    got, multi = {}, 0
    for r in rows[1:]:
        when = datetime.strptime(r[0], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        m = SHARE_RE.match(r[1])
        sid = m.group(1)
        if abs((int(sid) >> 22) / 1000 - when.timestamp()) > 1:
            err(persona, f"{sid}: id time differs from Date")
        if "\n" in r[2]:
            multi += 1
        got[sid] = (zstamp(when.timestamp()), li_unquirk(r[2]), None, None)
    dates = [r[0] for r in rows[1:]]
    if dates != sorted(dates, reverse=True):
        err(persona, "Shares.csv not newest first")
    prof = list(csv.DictReader(io.StringIO(z.read("Profile.csv").decode("utf-8"))))[0]
    owner_name = f"{prof['First Name']} {prof['Last Name']}"
    msgs = list(csv.DictReader(io.StringIO(z.read("messages.csv").decode("utf-8"))))
    dms = {}
    for m in msgs:
        if not m["DATE"].endswith(" UTC"):
            err(persona, "messages.csv DATE without UTC")
        other = m["TO"] if m["FROM"] == owner_name else m["FROM"]
        d = dms.setdefault(other, {"in": 0, "out": 0})
        d["out" if m["FROM"] == owner_name else "in"] += 1
    conn = z.read("Connections.csv").decode("utf-8")
    if not conn.startswith("Notes:\n"):
        err(persona, "Connections.csv preamble")
    hdr = conn.split("\n\n", 1)[1]
    crow = list(csv.DictReader(io.StringIO(hdr)))
    for c in crow:
        datetime.strptime(c["Connected On"], "%d %b %Y")
    return got, {"dms": dms, "multi-line shares": multi, "connections": len(crow)}


# --------------------------------------------------------------------------- checks

def shape(o):
    if isinstance(o, dict):
        return {k: shape(v) for k, v in o.items()}
    if isinstance(o, list):
        return [shape(o[0])] if o else []
    if o is None:
        return None
    return type(o).__name__


def check_shapes(persona, labels):
    dev = [json.load(open(os.path.join(DEV, f), encoding="utf-8"))
           for f in sorted(os.listdir(DEV)) if f.endswith(".labels.json")]
    if list(labels) != list(dev[0]):
        err(persona, f"top-level keys {list(labels)} != dev {list(dev[0])}")
    if shape(labels["truth"]) != shape(dev[0]["truth"]):
        err(persona, f"truth shape {shape(labels['truth'])} != dev {shape(dev[0]['truth'])}")
    dev_contact_keys = list(dev[0]["contacts"][0])
    for c in labels["contacts"]:
        if list(c) != dev_contact_keys:
            err(persona, f"contact keys {list(c)} != dev {dev_contact_keys}")
        if not isinstance(c["handle"], str) or not isinstance(c["name"], str) \
                or not isinstance(c["suspicious"], bool) or not (c["id"] is None or isinstance(c["id"], str)):
            err(persona, f"contact types wrong: {c}")
    dev_post_keys = list(dev[0]["posts"][0])
    seen_t, seen_id = set(), set()
    for p in labels["posts"]:
        if list(p) != dev_post_keys:
            err(persona, f"post keys {list(p)} != dev {dev_post_keys}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", p["created_at"]):
            err(persona, f"created_at not UTC Z: {p['created_at']}")
        if p["labels"] != sorted(p["labels"]) or not set(p["labels"]) <= ALLOWED_LABELS \
                or len(set(p["labels"])) != len(p["labels"]):
            err(persona, f"bad labels {p['labels']}")
        if not isinstance(p["native_id"], str) or not isinstance(p["text"], str) or not p["text"]:
            err(persona, "native_id and text must be non-empty strings")
        for k in ("geo", "photo_gps"):
            if p[k] is not None and (list(p[k]) != ["lat", "lon"] or not all(isinstance(v, float) for v in p[k].values())):
                err(persona, f"{k} must be null or {{lat, lon}} floats")
        if p["created_at"] in seen_t:
            err(persona, f"duplicate created_at {p['created_at']}")
        if p["native_id"] in seen_id:
            err(persona, f"duplicate native_id {p['native_id']}")
        seen_t.add(p["created_at"])
        seen_id.add(p["native_id"])
    if [p["created_at"] for p in labels["posts"]] != sorted(p["created_at"] for p in labels["posts"]):
        err(persona, "posts not sorted by created_at")


def check_rules(persona, labels, places, meta):
    tz = ZoneInfo(labels["timezone"])
    office = (places[meta["office"]]["lat"], places[meta["office"]]["lon"])
    home = (places[meta["home"]]["lat"], places[meta["home"]]["lon"])
    if (round(labels["truth"]["office"]["lat"], 6), round(labels["truth"]["office"]["lon"], 6)) != office:
        err(persona, "truth office differs from KEY")
    geo_platform = labels["platform"] in GEO_PLATFORMS
    for p in labels["posts"]:
        local = datetime.strptime(p["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone(tz)
        labs = set(p["labels"])
        pts = [x for x in (pt(p["geo"]), pt(p["photo_gps"])) if x]
        if pts and not geo_platform:
            err(persona, f"{labels['platform']} keeps no coordinates, but {p['created_at']} has some")
        if labels["platform"] == "x" and p["photo_gps"] is not None:
            err(persona, "X strips EXIF: no photo GPS")
        if labels["platform"] == "instagram" and p["geo"] is not None:
            err(persona, "Instagram posts carry no place coordinates here: geo must be null")
        for point in pts:
            near = sorted((metres(point, (pl["lat"], pl["lon"])), k, pl) for k, pl in places.items())
            d, key, pl = near[0]
            tag = f"{p['created_at']} ({local:%a %H:%M}) {p['text'][:40]!r}"
            if metres(point, office) <= 300:
                if "location" not in labs:
                    err(persona, f"office geotag without location: {tag}")
                if in_schedule(places[meta["office"]]["schedule"], local) and "routine" not in labs:
                    err(persona, f"office geotag in working hours without routine: {tag}")
            if metres(point, home) <= 300 and "home" not in labs:
                err(persona, f"home geotag without home: {tag}")
            if pl["kind"] == "routine" and d <= 300:
                if not in_schedule(pl["schedule"], local):
                    err(persona, f"routine-place geotag outside its schedule {pl['schedule']}: {tag}")
                if "routine" not in labs:
                    err(persona, f"routine-place geotag without routine: {tag}")
            if pl["kind"] == "trip" and labs:
                err(persona, f"trip geotag must be benign: {tag}")
            if pl["kind"] in ("work", "other") and labs - {"role", "unit"}:
                err(persona, f"far-away/one-off geotag may carry role/unit only: {tag}")
            if d > 1000 and pl["kind"] not in ("trip", "work", "other"):
                err(persona, f"geotag {d:.0f} m from any named place: {tag}")
        if "home" in labs and not any(metres(x, home) <= 300 for x in pts):
            err(persona, f"home label without a home geotag: {p['created_at']}")
    n = len(labels["posts"])
    rev = sum(1 for p in labels["posts"] if p["labels"])
    if not 150 <= n <= 200:
        err(persona, f"{n} posts, want 150-200")
    if not 0.25 <= rev / n <= 0.35:
        err(persona, f"revealing share {rev / n:.3f}, want 0.25-0.35")
    first, last = labels["posts"][0]["created_at"], labels["posts"][-1]["created_at"]
    years = (datetime.fromisoformat(last[:-1]) - datetime.fromisoformat(first[:-1])).days / 365.25
    if not 2 <= years <= 4:
        err(persona, f"span {years:.1f} years, want 2-4")
    for c in CATS:
        if sum(1 for p in labels["posts"] if c in p["labels"]) < 8:
            err(persona, f"fewer than 8 {c} posts")
    cs = labels["contacts"]
    sus = sum(1 for c in cs if c["suspicious"])
    if not 8 <= len(cs) <= 12 or not 0.4 <= sus / len(cs) <= 0.6:
        err(persona, f"{len(cs)} contacts / {sus} suspicious, want 8-12 with about half suspicious")
    return n, rev, years


def check_dst(persona, labels):
    """Personas in zones with daylight saving must have posts on both sides of a change."""
    tz = ZoneInfo(labels["timezone"])
    offs = {datetime.strptime(p["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone(tz).utcoffset()
            for p in labels["posts"]}
    probe = {datetime(2021, m, 15, 12, tzinfo=tz).utcoffset() for m in (1, 7)}
    if len(probe) == 2 and len(offs) != 2:
        err(persona, f"{labels['timezone']} has DST: expected posts under both offsets, got {offs}")
    return sorted(str(o) for o in offs)


def check_archive(persona, labels, zpath):
    with zipfile.ZipFile(zpath) as z:
        infos = z.infolist()
        names = [i.filename for i in infos]
        if names != sorted(names):
            err(persona, "zip entries not sorted")
        if len({i.date_time for i in infos}) != 1:
            err(persona, "zip entries carry more than one timestamp")
        for i in infos:
            if i.filename.endswith((".jpg", ".jpeg")):
                check_jpeg(persona, i.filename, z.read(i))
            if i.filename.endswith(".mp4") and z.read(i)[4:8] != b"ftyp":
                err(persona, f"{i.filename}: not an ISO-BMFF file")
        platform = labels["platform"]
        reader = {"x": read_x, "instagram": read_instagram, "facebook": read_facebook,
                  "linkedin": read_linkedin}[platform]
        got, extra = reader(z, persona)
        check_invented(persona, z, platform)
    want = {p["native_id"]: (p["created_at"], p["text"], pt(p["geo"]), pt(p["photo_gps"])) for p in labels["posts"]}
    if set(got) != set(want):
        err(persona, f"ids differ: only in archive {sorted(set(got) - set(want))[:5]}, "
                     f"only in labels {sorted(set(want) - set(got))[:5]}")
    for nid in set(got) & set(want):
        for field, a, b in zip(("created_at", "text", "geo", "photo_gps"), got[nid], want[nid]):
            if a != b:
                err(persona, f"{nid} {field}: archive {a!r} != labels {b!r}")
    dms = extra["dms"]
    for c in labels["contacts"]:
        key = c["id"] if platform == "x" else c["name"]
        if key not in dms:
            err(persona, f"contact {c['handle']} not found in the messages")
            continue
        if dms[key]["in"] == 0:
            err(persona, f"contact {c['handle']} never writes")
    if len(dms) != len(labels["contacts"]):
        err(persona, f"{len(dms)} threads but {len(labels['contacts'])} contacts")
    return extra


def check_jpeg(persona, name, data):
    if not (data.startswith(b"\xff\xd8") and data.endswith(b"\xff\xd9")):
        err(persona, f"{name}: not a JPEG")
        return
    i, seen = 2, []
    while i < len(data):
        if data[i] != 0xFF:
            err(persona, f"{name}: bad marker at {i}")
            return
        marker = data[i + 1]
        seen.append(marker)
        if marker == 0xDA:
            break
        i += 2 + int.from_bytes(data[i + 2:i + 4], "big")
    if 0xE1 in seen:
        err(persona, f"{name}: carries an APP1/EXIF segment")
    for need in (0xE0, 0xDB, 0xC0, 0xC4, 0xDA):
        if need not in seen:
            err(persona, f"{name}: missing marker {need:02X}")


OK_HOSTS = {"www.linkedin.com", "media.licdn.com", "www.facebook.com", "twitter.com", "mobile.twitter.com",
            "api.twitter.com", "pbs.twimg.com", "t.co"}


def check_invented(persona, z, platform):
    for name in z.namelist():
        if name.endswith((".jpg", ".jpeg", ".mp4")):
            continue
        raw = z.read(name)
        text = raw.decode("utf-8")
        if platform in ("facebook", "instagram") and name.endswith(".json"):
            text = json.dumps(fix_meta(json.loads(text)), ensure_ascii=False)
        for m in re.finditer(r"[\w.+-]+@([A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+)", text):
            dom = m.group(1)
            if dom != "example.com":
                err(persona, f"{name}: e-mail outside example.com: {m.group(0)}")
        for m in re.finditer(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])", text):
            err(persona, f"{name}: IP address {m.group(1)}")
        if re.search(r"upload_ip|last_ip", text):
            err(persona, f"{name}: carries an IP field")
        for m in re.finditer(r"https?://([^/\s\"\\#?<>]+)", text):
            host = m.group(1)
            if host not in OK_HOSTS and not host.endswith((".example", ".fbcdn.net")):
                err(persona, f"{name}: URL host {host} is neither a platform host nor .example")
        for m in re.finditer(r"\+\d{2,3}[ \d]{8,14}\d", text):
            if "000" not in m.group(0):
                err(persona, f"{name}: phone number not a zero-padded placeholder: {m.group(0)}")


def check_watchlist(persona, labels):
    path = os.path.join(HERE, persona + ".watchlist.toml")
    with open(path, "rb") as f:
        w = tomllib.load(f)
    with open(os.path.join(DEV, "d1-x-shipyard.watchlist.toml"), "rb") as f:
        dev = tomllib.load(f)
    if shape(w) != shape(dev):
        err(persona, f"watchlist shape {shape(w)} != dev {shape(dev)}")
    if w["timezone"] != labels["timezone"]:
        err(persona, "watchlist timezone differs")
    if [w["unit"][0]["name"]] + w["unit"][0]["aliases"] != labels["truth"]["unit"]:
        err(persona, "watchlist unit differs from truth")
    if w["role"][0]["name"] != labels["truth"]["role"]:
        err(persona, "watchlist role differs from truth")
    s = w["site"][0]
    if (s["lat"], s["lon"]) != (labels["truth"]["office"]["lat"], labels["truth"]["office"]["lon"]):
        err(persona, "watchlist site differs from the office")


def run_score(persona, labels_path, report):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(report, f)
        rp = f.name
    try:
        res = subprocess.run([sys.executable, SCORER, labels_path, rp, "--json"], capture_output=True, text=True)
    finally:
        os.unlink(rp)
    if res.returncode != 0:
        err(persona, f"score.py failed: {res.stderr.strip()}")
        return None
    return json.loads(res.stdout)


def check_scores(persona, labels):
    lp = os.path.join(HERE, persona + ".labels.json")
    empty = run_score(persona, lp, {"posts": [], "findings": []})
    if empty:
        if any(empty[f"recall_{c}"] not in (0, 0.0) for c in CATS) or any(
                empty[f"found_{f}"] for f in ("unit", "role", "office", "routine")):
            err(persona, f"empty report should score zero: {empty}")
    posts = labels["posts"]
    report = {"posts": [{"id": p["native_id"], "created_at": p["created_at"], "categories": p["labels"]}
                        for p in posts],
              "findings": [
                  {"category": "unit", "value": labels["truth"]["unit"][0],
                   "evidence": [p["native_id"] for p in posts if "unit" in p["labels"]]},
                  {"category": "role", "value": labels["truth"]["role"],
                   "evidence": [p["native_id"] for p in posts if "role" in p["labels"]]},
                  {"category": "location", "value": labels["truth"]["office"]["name"],
                   "location": {"lat": labels["truth"]["office"]["lat"], "lon": labels["truth"]["office"]["lon"]},
                   "evidence": [p["native_id"] for p in posts if "location" in p["labels"]]},
                  {"category": "routine", "value": "schedule",
                   "evidence": [p["native_id"] for p in posts if "routine" in p["labels"]]}]}
    perfect = run_score(persona, lp, report)
    if perfect:
        office_ok = perfect["found_office"] is not False
        bad = [c for c in CATS if perfect[f"recall_{c}"] != 1.0]
        if bad or perfect["false_positive_rate"] != 0.0 or perfect["missing_posts"] or not office_ok or not all(
                perfect[f"found_{f}"] for f in ("unit", "role", "routine")):
            err(persona, f"perfect report should score 1.0: {perfect}")
    return empty, perfect


def check_rerun():
    with tempfile.TemporaryDirectory() as d:
        res = subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--out", d],
                             capture_output=True, text=True)
        if res.returncode != 0:
            errors.append(f"generate.py --out failed: {res.stderr}")
            return
        for persona in PERSONAS:
            for ext in (".zip", ".labels.json", ".watchlist.toml"):
                a = open(os.path.join(HERE, persona + ext), "rb").read()
                b = open(os.path.join(d, persona + ext), "rb").read()
                if a != b:
                    errors.append(f"{persona}{ext}: not byte-identical on rerun")


def main():
    summary, zones = [], []
    for persona in PERSONAS:
        lp = os.path.join(HERE, persona + ".labels.json")
        labels = json.load(open(lp, encoding="utf-8"))
        meta, places, _ = read_key(persona)
        if labels["platform"] != meta["platform"] or labels["persona"] != persona:
            err(persona, "labels do not match the KEY file")
        check_shapes(persona, labels)
        n, rev, years = check_rules(persona, labels, places, meta)
        offsets = check_dst(persona, labels)
        zones.append(labels["timezone"])
        extra = check_archive(persona, labels, os.path.join(HERE, labels["archive"]))
        check_watchlist(persona, labels)
        empty, perfect = check_scores(persona, labels)
        counts = {c: sum(1 for p in labels["posts"] if c in p["labels"]) for c in CATS + ("home",)}
        geo = sum(1 for p in labels["posts"] if p["geo"])
        gps = sum(1 for p in labels["posts"] if p["photo_gps"])
        sus = sum(1 for c in labels["contacts"] if c["suspicious"])
        note = ", ".join(f"{k} {v}" for k, v in extra.items() if k != "dms")
        summary.append(f"{persona}: {n} posts over {years:.1f} y, {rev} revealing ({rev / n:.1%}) {counts}, "
                       f"geo {geo}, photo_gps {gps}, contacts {len(labels['contacts'])} ({sus} suspicious), "
                       f"UTC offsets {offsets}" + (f", also {note}" if note else "")
                       + (f"\n    perfect: fpr={perfect['false_positive_rate']} "
                          f"found={[perfect['found_' + f] for f in ('unit', 'role', 'office', 'routine')]}"
                          if perfect else ""))
    if not any(not z.startswith(("Europe/", "America/")) for z in zones):
        errors.append("at least one persona must live outside Europe/US time zones")
    check_rerun()
    print("\n".join(summary))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
