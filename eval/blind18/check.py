#!/usr/bin/env python3
"""Verifies the blind18 set. Independent of generate.py: it re-reads every archive with its own readers
(X's 2021-generation archive: data/tweet.js + data/tweet-part1.js with `window.YTD.tweet.partN = [ {` headers,
Jackson-style printing, the manifest's part list and counts, string numbers, snowflake ids, HTML-escaped
full_text, entities.media vs extended_entities, tweet_media file names, coordinates [lon, lat] / geo [lat, lon]
/ place, account-timezone.js, direct-messages.js conversations; Instagram's 2021-generation export:
content/posts_1.json single posts and carousels, content/stories.json, media/{posts,stories}/YYYYMM/ names
ending in the media id, exif_data GPS and camera-local date_time_original, Meta mojibake, messages/inbox/;
Facebook's pre-2021 export: posts/your_posts_1.json, check-in place attachments and titles, photos_and_videos/
media with exif GPS, profile_information.json with the old "profile" key, Messenger inbox / message_requests /
filtered_threads; LinkedIn's newest export: UTF-8 comma CSVs, Shares.csv with its multi-line quoting quirk and
share URNs whose top bits are the post time, Profile.csv / Positions.csv, Connections.csv with its "Notes:"
preamble, lowercase messages.csv, backslash-escaped Comments.csv) and compares ids, UTC times, decoded text,
geo and photo GPS with the labels; checks the label/watchlist shapes against the dev set, the geo-labelling
rules against content/KEY.txt, counts, DST, the JPEG files, the invented-data rules, byte-identical
regeneration, and runs the scorer on an empty and a perfect report. Exit status 0 only when everything passes.
"""
import csv
import hashlib
import html
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
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/eval/dev"
SCORER = "/work/shared/eval/score.py"
PERSONAS = ["p1-x-decoy", "p2-instagram-dentallab", "p3-facebook-ricereserve", "p4-linkedin-microfilm"]
CATS = ("unit", "role", "location", "routine")
ALLOWED_LABELS = {"unit", "role", "location", "routine", "home"}
UTC = timezone.utc
GEO_PLATFORMS = ("x", "instagram", "facebook")
# the zone names X writes into account-timezone.js (Rails' ActiveSupport names) for the zones used here
X_TZ_NAMES = {"Taipei": "Asia/Taipei"}
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


# --------------------------------------------------------------------------- X (2021 generation)

YTD_RE = re.compile(r"^window\.YTD\.([a-z_]+)\.part(\d+) = ")
TW_EPOCH_MS = 1288834974657


def ytd(z, name, persona, want_global):
    raw = z.read(name).decode("utf-8")
    mm = YTD_RE.match(raw)
    if not mm or f"{mm.group(1)}.part{mm.group(2)}" != want_global:
        err(persona, f"{name}: header is not 'window.YTD.{want_global} = '")
        return []
    body = raw[mm.end():]
    if body.strip() != "[ ]" and not body.startswith("[ {\n"):
        err(persona, f"{name}: not the 2020-2021 '= [ {{' layout")
    if '" : ' not in body and body.strip() != "[ ]":
        err(persona, f"{name}: not Jackson-style '\"key\" : value' printing")
    return json.loads(body)


def snow_ms(i):
    return (int(i) >> 22) + TW_EPOCH_MS


def x_weight(text):
    """twitter-text weighting: code points in the light ranges count 1, everything else 2; URLs count 23."""
    n = 0
    for part in re.split(r"(https?://\S+)", text):
        if part.startswith(("http://", "https://")):
            n += 23
            continue
        for ch in part:
            o = ord(ch)
            n += 1 if (o <= 4351 or 8192 <= o <= 8205 or 8208 <= o <= 8223 or 8242 <= o <= 8247) else 2
    return n


def read_x(z, persona, labels):
    names = set(z.namelist())
    for need in ("data/tweet.js", "data/tweet-part1.js", "data/manifest.js", "data/account.js",
                 "data/account-timezone.js", "data/profile.js", "data/direct-messages.js"):
        if need not in names:
            err(persona, f"missing {need}")
    if any(n.startswith(("data/tweets", "data/tweets_media/")) for n in names):
        err(persona, "X-era tweets.js / tweets_media in a 2021-generation archive")
    man_raw = z.read("data/manifest.js").decode("utf-8")
    if not man_raw.startswith("window.__THAR_CONFIG = {"):
        err(persona, "manifest.js is not window.__THAR_CONFIG")
    man = json.loads(man_raw[man_raw.index("{"):])
    acct = ytd(z, "data/account.js", persona, "account.part0")[0]["account"]
    uid = acct["accountId"]
    if man["userInfo"]["accountId"] != uid or man["userInfo"]["userName"] != acct["username"]:
        err(persona, "manifest userInfo differs from account.js")
    tzinfo = ytd(z, "data/account-timezone.js", persona, "account_timezone.part0")[0]["accountTimezone"]
    if X_TZ_NAMES.get(tzinfo["timeZone"]) != labels["timezone"] or tzinfo["accountId"] != uid:
        err(persona, f"account-timezone.js {tzinfo} does not match {labels['timezone']}")
    parts = man["dataTypes"]["tweet"]["files"]
    if [p["fileName"] for p in parts] != ["data/tweet.js", "data/tweet-part1.js"] or \
            [p["globalName"] for p in parts] != ["YTD.tweet.part0", "YTD.tweet.part1"]:
        err(persona, f"manifest tweet parts {parts}")
    if man["dataTypes"]["tweet"].get("mediaDirectory") != "data/tweet_media":
        err(persona, "manifest tweet mediaDirectory")
    got = {}
    kinds = {"part0": 0, "part1": 0, "replies": 0, "retweets": 0, "photos": 0, "links": 0, "hashtags": 0,
             "geotagged": 0, "poi places": 0, "city places": 0, "escaped": 0}
    prev_oldest = None
    for part in parts:
        recs = ytd(z, part["fileName"], persona, part["globalName"][4:])
        if str(len(recs)) != part["count"]:
            err(persona, f"{part['fileName']}: {len(recs)} tweets, manifest says {part['count']}")
        kinds["part" + part["globalName"][-1]] = len(recs)
        stamps = []
        for rec in recs:
            if list(rec) != ["tweet"]:
                err(persona, "record without the 'tweet' wrapper")
                continue
            t = rec["tweet"]
            if "edit_info" in t:
                err(persona, "edit_info belongs to late-2022+ archives")
            for k in ("favorite_count", "retweet_count", "id", "id_str"):
                if not isinstance(t[k], str):
                    err(persona, f"{t['id_str']}: {k} not a string")
            if t["id"] != t["id_str"]:
                err(persona, f"{t['id_str']}: id != id_str")
            when = datetime.strptime(t["created_at"], "%a %b %d %H:%M:%S %z %Y")
            stamps.append(when)
            if abs(snow_ms(t["id_str"]) / 1000 - when.timestamp()) > 1:
                err(persona, f"{t['id_str']}: snowflake time differs from created_at")
            ft = t["full_text"]
            if re.search(r"[<>]|&(?!amp;|lt;|gt;)", ft):
                err(persona, f"{t['id_str']}: full_text not HTML-escaped")
            kinds["escaped"] += "&amp;" in ft or "&lt;" in ft
            text = html.unescape(ft)
            if x_weight(text) > 280:
                err(persona, f"{t['id_str']}: longer than 280 weighted characters")
            ents = t["entities"]
            for key in ("hashtags", "symbols", "user_mentions", "urls"):
                if key not in ents:
                    err(persona, f"{t['id_str']}: entities.{key} missing")
            for e in ents["hashtags"] + ents["user_mentions"] + ents["urls"]:
                if not all(isinstance(i, str) for i in e["indices"]):
                    err(persona, f"{t['id_str']}: indices not strings")
            for u in ents["urls"]:
                kinds["links"] += 1
                if not u["url"].startswith("https://t.co/") or u["url"] not in text:
                    err(persona, f"{t['id_str']}: url entity {u['url']} not a t.co link in the text")
            kinds["hashtags"] += len(ents["hashtags"])
            if text.startswith("RT @"):
                kinds["retweets"] += 1
            if "in_reply_to_status_id_str" in t:
                kinds["replies"] += 1
                if not text.startswith("@" + t["in_reply_to_screen_name"] + " "):
                    err(persona, f"{t['id_str']}: reply text does not start with the mention")
            ext = t.get("extended_entities", {}).get("media", [])
            if ext:
                if ents.get("media") != ext[:1]:
                    err(persona, f"{t['id_str']}: entities.media should hold only the first extended item")
                for md in ext:
                    kinds["photos"] += 1
                    base = md["media_url_https"].rsplit("/", 1)[1]
                    fn = f"data/tweet_media/{t['id_str']}-{base}"
                    if fn not in names:
                        err(persona, f"missing media {fn}")
                    if md["url"] not in text or not text.endswith(md["url"]):
                        err(persona, f"{t['id_str']}: media t.co link not at the end of full_text")
            elif "media" in ents:
                err(persona, f"{t['id_str']}: entities.media without extended_entities")
            geo = None
            if "coordinates" in t:
                kinds["geotagged"] += 1
                lon, lat = (float(v) for v in t["coordinates"]["coordinates"])
                glat, glon = (float(v) for v in t["geo"]["coordinates"])
                if (lat, lon) != (glat, glon) or not all(isinstance(v, str) for v in t["coordinates"]["coordinates"]):
                    err(persona, f"{t['id_str']}: coordinates [lon, lat] and geo [lat, lon] disagree")
                pl = t.get("place")
                if not pl:
                    err(persona, f"{t['id_str']}: a geotagged tweet without a place")
                else:
                    kinds["poi places" if pl["place_type"] == "poi" else "city places"] += 1
                    box = [(float(b), float(a)) for a, b in pl["bounding_box"]["coordinates"][0]]
                    lats, lons = [b[0] for b in box], [b[1] for b in box]
                    if not (min(lats) - 1e-6 <= lat <= max(lats) + 1e-6 and min(lons) - 1e-6 <= lon <= max(lons) + 1e-6):
                        err(persona, f"{t['id_str']}: point outside its place's bounding box")
                geo = (round(lat, 6), round(lon, 6))
            got[t["id_str"]] = (when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), text, geo, None)
        if stamps != sorted(stamps, reverse=True):
            err(persona, f"{part['fileName']}: tweets not newest first")
        if prev_oldest and stamps and max(stamps) > prev_oldest:
            err(persona, "tweet.js should hold the newer tweets, tweet-part1.js the older")
        prev_oldest = min(stamps) if stamps else prev_oldest
    if not kinds["part1"]:
        err(persona, "tweets should be split over tweet.js and tweet-part1.js")
    dms = {}
    for conv in ytd(z, "data/direct-messages.js", persona, "direct_messages.part0"):
        c = conv["dmConversation"]
        a, b = c["conversationId"].split("-")
        if int(a) > int(b) or uid not in (a, b):
            err(persona, f"conversation id {c['conversationId']}")
        other = b if a == uid else a
        d = dms.setdefault(other, {"in": 0, "out": 0})
        stamps = [x["messageCreate"]["createdAt"] for x in c["messages"]]
        if stamps != sorted(stamps, reverse=True):
            err(persona, f"{c['conversationId']}: messages not newest first")
        for x in c["messages"]:
            mc = x["messageCreate"]
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", mc["createdAt"]):
                err(persona, f"DM createdAt {mc['createdAt']}")
            if {mc["senderId"], mc["recipientId"]} != {uid, other}:
                err(persona, f"{c['conversationId']}: message between other people")
            d["out" if mc["senderId"] == uid else "in"] += 1
    return got, {"dms": dms, **kinds}


# --------------------------------------------------------------------------- Meta helpers

def meta_load(z, name, persona):
    raw = z.read(name)
    if not all(b < 128 for b in raw):
        err(persona, f"{name}: not pure ASCII (Meta escapes everything)")
    return fix_meta(json.loads(raw))


def messenger(z, persona, root, folders_want, me):
    dms, folders = {}, set()
    pat = re.compile(rf"^{re.escape(root)}messages/([a-z_]+)/([A-Za-z0-9]+_[A-Za-z0-9]+)/message_1\.json$")
    for n in sorted(z.namelist()):
        if "messages/" not in n:
            continue
        mm = pat.match(n)
        if not mm:
            err(persona, f"odd message path {n}")
            continue
        folders.add(mm.group(1))
        t = meta_load(z, n, persona)
        if t["thread_path"] != f"{mm.group(1)}/{mm.group(2)}":
            err(persona, f"{n}: thread_path {t['thread_path']}")
        others = [p["name"] for p in t["participants"] if p["name"] != me]
        if len(others) != 1 or t["title"] != others[0]:
            err(persona, f"{n}: participants / title")
        d = dms.setdefault(others[0], {"in": 0, "out": 0})
        stamps = [x["timestamp_ms"] for x in t["messages"]]
        if stamps != sorted(stamps, reverse=True):
            err(persona, f"{n}: messages not newest first")
        for msg in t["messages"]:
            if msg["sender_name"] not in (me, others[0]):
                err(persona, f"{n}: sender {msg['sender_name']}")
            d["out" if msg["sender_name"] == me else "in"] += 1
    if folders != set(folders_want):
        err(persona, f"message folders {sorted(folders)}: want {sorted(folders_want)}")
    return dms


# --------------------------------------------------------------------------- Instagram (2021 generation)

IG_NAME = re.compile(r"^media/(posts|stories|profile)/(\d{6})/\d+_\d+_\d+_n_(\d{17,18})\.jpg$")


def read_instagram(z, persona, labels):
    names = set(z.namelist())
    for need in ("content/posts_1.json", "content/stories.json", "account_information/personal_information.json"):
        if need not in names:
            err(persona, f"missing {need}")
    if any(n.startswith(("your_instagram_activity/", "personal_information/")) for n in names):
        err(persona, "2022+ folders in a 2021-generation export")
    tz = ZoneInfo(labels["timezone"])
    prof = meta_load(z, "account_information/personal_information.json", persona)["profile_user"][0]
    smd = prof["string_map_data"]
    me = smd["Name"]["value"]
    if not smd.get("Bio", {}).get("value"):
        err(persona, "profile without a Bio")
    got = {}
    kinds = {"single posts": 0, "carousels": 0, "stories": 0, "photos": 0, "photo GPS": 0, "library photos": 0}

    def media_item(md, folder, ts, first):
        mm = IG_NAME.match(md["uri"])
        if not mm or mm.group(1) != folder:
            err(persona, f"media uri {md['uri']}")
            return None, None
        if md["uri"] not in names:
            err(persona, f"missing media {md['uri']}")
        if mm.group(2) != datetime.fromtimestamp(ts, UTC).strftime("%Y%m"):
            err(persona, f"{md['uri']}: month folder differs from the post time")
        kinds["photos"] += 1
        ex = (md.get("media_metadata", {}).get("photo_metadata", {}).get("exif_data") or [{}])[0]
        if "upload_ip" in ex:
            err(persona, "exif upload_ip present")
        if ex.get("source_type") == "library":
            kinds["library photos"] += 1
        if "date_time_original" in ex:
            shot = datetime.strptime(ex["date_time_original"], "%Y:%m:%d %H:%M:%S").replace(tzinfo=tz)
            if not 0 <= ts - shot.timestamp() <= 7200:
                err(persona, f"{md['uri']}: date_time_original is not camera-local time shortly before posting")
        gps = None
        if "latitude" in ex:
            if not first:
                err(persona, f"{md['uri']}: GPS expected on the first photo only")
            gps = (round(ex["latitude"], 6), round(ex["longitude"], 6))
            kinds["photo GPS"] += 1
        return mm.group(3), gps

    posts = meta_load(z, "content/posts_1.json", persona)
    stamps = []
    for post in posts:
        media = post["media"]
        if len(media) == 1:
            kinds["single posts"] += 1
            if "title" in post or "creation_timestamp" in post:
                err(persona, "a single-photo post carries a top-level title/creation_timestamp")
            ts, text = media[0]["creation_timestamp"], media[0]["title"]
        else:
            kinds["carousels"] += 1
            ts, text = post["creation_timestamp"], post["title"]
            if any(md["title"] != "" for md in media):
                err(persona, "carousel media titles should be empty")
        stamps.append(ts)
        igid, gps = None, None
        for i, md in enumerate(media):
            mid, g = media_item(md, "posts", ts, i == 0)
            if i == 0:
                igid, gps = mid, g
        got[igid] = (zstamp(ts), text, None, gps)
    if stamps != sorted(stamps, reverse=True):
        err(persona, "posts_1.json not newest first")
    st = meta_load(z, "content/stories.json", persona)
    if list(st) != ["ig_stories"]:
        err(persona, "stories.json shape")
    sstamps = []
    for s in st["ig_stories"]:
        kinds["stories"] += 1
        sstamps.append(s["creation_timestamp"])
        igid, gps = media_item(s, "stories", s["creation_timestamp"], True)
        got[igid] = (zstamp(s["creation_timestamp"]), s["title"], None, gps)
    if sstamps != sorted(sstamps, reverse=True):
        err(persona, "stories.json not newest first")
    if not kinds["carousels"] or not kinds["stories"]:
        err(persona, "expected carousels and stories")
    dms = messenger(z, persona, "", ["inbox"], me)
    for n in names:
        if n.startswith("messages/") and not re.search(r"/[a-z0-9]+_\d{16}/message_1\.json$", n):
            err(persona, f"Instagram thread folder {n} is not <username>_<digits>")
    return got, {"dms": dms, **kinds}


# --------------------------------------------------------------------------- Facebook (pre-2021 generation)

def read_facebook(z, persona, labels):
    names = set(z.namelist())
    for need in ("posts/your_posts_1.json", "profile_information/profile_information.json",
                 "photos_and_videos/album/0.json"):
        if need not in names:
            err(persona, f"missing {need}")
    if any(n.startswith(("your_activity_across_facebook/", "your_facebook_activity/", "personal_information/"))
           for n in names):
        err(persona, "2022+ folders in a pre-2021 export")
    prof = meta_load(z, "profile_information/profile_information.json", persona)
    if list(prof) != ["profile"]:
        err(persona, "profile_information.json should use the pre-2021 'profile' key")
    me = prof["profile"]["name"]["full_name"]
    posts = meta_load(z, "posts/your_posts_1.json", persona)
    stamps = [p["timestamp"] for p in posts]
    if stamps != sorted(stamps, reverse=True):
        err(persona, "posts not newest first")
    got = {}
    kinds = {"posts": len(posts), "check-ins": 0, "photos": 0, "photo GPS": 0, "links": 0}
    for p in posts:
        texts = [d["post"] for d in p.get("data", []) if "post" in d]
        text = texts[0] if texts else ""
        uris, geo, gps, place_name = [], None, None, None
        n_media = 0
        for att in p.get("attachments", []):
            for d in att["data"]:
                if "media" in d:
                    md = d["media"]
                    n_media += 1
                    kinds["photos"] += 1
                    uris.append(md["uri"])
                    if md["uri"] not in names:
                        err(persona, f"missing media {md['uri']}")
                    if not re.fullmatch(r"photos_and_videos/MobileUploads_[A-Za-z0-9]{10}/\d+_(\d+)_\d+_n_\1\.jpg",
                                        md["uri"]):
                        err(persona, f"media path {md['uri']}")
                    ex = (md.get("media_metadata", {}).get("photo_metadata", {}).get("exif_data") or [{}])[0]
                    if "upload_ip" in ex:
                        err(persona, "exif upload_ip present")
                    lat, lon = ex.get("latitude"), ex.get("longitude")
                    if lat is not None and gps is None:
                        gps = (round(lat, 6), round(lon, 6))
                        kinds["photo GPS"] += 1
                if "place" in d:
                    pl = d["place"]
                    geo = (round(pl["coordinate"]["latitude"], 6), round(pl["coordinate"]["longitude"], 6))
                    place_name = pl["name"]
                if "external_context" in d:
                    kinds["links"] += 1
        if place_name is not None:
            kinds["check-ins"] += 1
            if p["title"] != f"{me} was at {place_name}.":
                err(persona, f"check-in title {p['title']!r}")
        elif n_media:
            want = f"{me} added a new photo." if n_media == 1 else f"{me} added {n_media} new photos."
            if p["title"] != want:
                err(persona, f"photo post title {p['title']!r}")
        nid = f"{p['timestamp']}-{hashlib.sha1((text + ''.join(uris)).encode('utf-8')).hexdigest()[:10]}"
        got[nid] = (zstamp(p["timestamp"]), text, geo, gps)
    album = meta_load(z, "photos_and_videos/album/0.json", persona)
    for ph in album["photos"]:
        if ph["uri"] not in names:
            err(persona, f"missing album photo {ph['uri']}")
    dms = messenger(z, persona, "", ["inbox", "message_requests", "filtered_threads"], me)
    return got, {"dms": dms, **kinds}


# --------------------------------------------------------------------------- LinkedIn (newest export)

SHARES_HEADER = ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"]
SHARE_RE = re.compile(r"^https://www\.linkedin\.com/feed/update/urn%3Ali%3Ashare%3A(\d+)$")
MSG_HEADER = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
              "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS"]


def unquirk(value, persona, aid):
    """Undo Shares.csv's multi-line quirk: each inner line break arrives as '"\\n"'."""
    lines = value.split("\n")
    if len(lines) == 1:
        return value
    out = []
    for i, ln in enumerate(lines):
        if i > 0:
            if not ln.startswith('"'):
                err(persona, f"{aid}: inner line without the stray leading quote")
            ln = ln[1:]
        if i < len(lines) - 1:
            if not ln.endswith('"'):
                err(persona, f"{aid}: inner line without the stray trailing quote")
            ln = ln[:-1]
        out.append(ln)
    return "\n".join(out)


def read_linkedin(z, persona, labels):
    names = set(z.namelist())
    for need in ("Profile.csv", "Positions.csv", "Shares.csv", "messages.csv", "Connections.csv", "Comments.csv"):
        if need not in names:
            err(persona, f"missing {need}")
    if "Messages.csv" in names:
        err(persona, "newest exports name the file messages.csv")
    for n in names:
        b = z.read(n)
        if b.startswith((b"\xff\xfe", b"\xef\xbb\xbf")) or b"\t" in b.split(b"\n")[0]:
            err(persona, f"{n}: newest exports are BOM-less UTF-8 comma CSV")
        b.decode("utf-8")
    rows = list(csv.reader(io.StringIO(z.read("Shares.csv").decode("utf-8"))))
    if rows[0] != SHARES_HEADER:
        err(persona, f"Shares.csv header {rows[0]}")
    got, multiline, links, photos, stamps = {}, 0, 0, 0, []
    for r in rows[1:]:
        row = dict(zip(rows[0], r))
        when = datetime.strptime(row["Date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        stamps.append(when)
        mm = SHARE_RE.match(row["ShareLink"])
        if not mm:
            err(persona, f"share link {row['ShareLink']}")
            continue
        aid = mm.group(1)
        if abs((int(aid) >> 22) / 1000 - when.timestamp()) > 1:
            err(persona, f"{aid}: share id time differs from Date")
        if row["Visibility"] not in ("PUBLIC", "CONNECTIONS_ONLY", "MEMBER_NETWORK"):
            err(persona, f"{aid}: Visibility {row['Visibility']}")
        text = unquirk(row["ShareCommentary"], persona, aid)
        multiline += "\n" in text
        links += bool(row["SharedUrl"])
        if row["MediaUrl"]:
            photos += 1
            if not row["MediaUrl"].startswith("https://media.licdn.com/dms/image/"):
                err(persona, f"{aid}: MediaUrl {row['MediaUrl'][:40]}")
        got[aid] = (when.strftime("%Y-%m-%dT%H:%M:%SZ"), text, None, None)
    if stamps != sorted(stamps, reverse=True):
        err(persona, "Shares.csv not newest first")
    if multiline < 3:
        err(persona, "expected several multi-line ShareCommentary fields")
    prof = list(csv.reader(io.StringIO(z.read("Profile.csv").decode("utf-8"))))
    if prof[0] != ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary",
                   "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"]:
        err(persona, "Profile.csv header is not the newest one")
    if not re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}", prof[1][4]):
        err(persona, f"Birth Date {prof[1][4]!r} (newest exports drop the year)")
    me = prof[1][0] + " " + prof[1][1]
    pos = list(csv.reader(io.StringIO(z.read("Positions.csv").decode("utf-8"))))
    if pos[0] != ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]:
        err(persona, "Positions.csv header")
    if not any(r[5] == "" for r in pos[1:]):
        err(persona, "Positions.csv: no current position (empty Finished On)")
    conn = z.read("Connections.csv").decode("utf-8").split("\n")
    if conn[0] != "Notes:" or conn[2] != "" or \
            conn[3] != "First Name,Last Name,URL,Email Address,Company,Position,Connected On":
        err(persona, "Connections.csv: Notes preamble / header")
    for r in csv.reader(io.StringIO("\n".join(conn[4:]))):
        if r and not re.fullmatch(r"\d\d [A-Z][a-z]{2} \d{4}", r[6]):
            err(persona, f"Connected On {r[6]!r}")
    com = z.read("Comments.csv").decode("utf-8")
    if '\\"' not in com:
        err(persona, "Comments.csv: expected backslash-escaped quotes")
    crow = list(csv.reader(io.StringIO(com), escapechar="\\", doublequote=False))
    if crow[0] != ["Date", "Link", "Message"] or any(len(r) != 3 for r in crow[1:] if r):
        err(persona, "Comments.csv does not parse with backslash escapes")
    msgs = list(csv.reader(io.StringIO(z.read("messages.csv").decode("utf-8"))))
    if msgs[0] != MSG_HEADER:
        err(persona, f"messages.csv header {msgs[0]}")
    dms, last = {}, None
    me_url = None
    for r in msgs[1:]:
        msg = dict(zip(msgs[0], r))
        t = datetime.strptime(msg["DATE"], "%Y-%m-%d %H:%M:%S UTC")
        if last and t > last:
            err(persona, "messages.csv not newest first")
        last = t
        if msg["FROM"] == me:
            me_url = me_url or msg["SENDER PROFILE URL"]
            dms.setdefault(msg["TO"], {"in": 0, "out": 0})["out"] += 1
        elif msg["TO"] == me:
            dms.setdefault(msg["FROM"], {"in": 0, "out": 0})["in"] += 1
        else:
            err(persona, "message between other people")
    return got, {"dms": dms, "multi-line shares": multiline, "link shares": links, "photo shares": photos}


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
    if (labels["truth"]["home"]["lat"], labels["truth"]["home"]["lon"]) != home:
        err(persona, "truth home differs from KEY")
    want_routine = sorted((p["name"], p["lat"], p["lon"]) for p in places.values() if p["kind"] == "routine")
    if sorted((r["name"], r["lat"], r["lon"]) for r in labels["truth"]["routine_places"]) != want_routine:
        err(persona, "truth routine places differ from KEY")
    for a in places:
        for b in places:
            kinds = {places[a]["kind"], places[b]["kind"]}
            if a < b and len(kinds) == 2 and kinds & {"office", "home"} and \
                    metres((places[a]["lat"], places[a]["lon"]), (places[b]["lat"], places[b]["lon"])) < 400:
                err(persona, f"places {a} and {b} too close to tell apart")
    platform = labels["platform"]
    for p in labels["posts"]:
        local = datetime.strptime(p["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone(tz)
        labs = set(p["labels"])
        pts = [x for x in (pt(p["geo"]), pt(p["photo_gps"])) if x]
        if pts and platform not in GEO_PLATFORMS:
            err(persona, f"{platform} keeps no coordinates, but {p['created_at']} has some")
        if platform == "x" and p["photo_gps"] is not None:
            err(persona, "X strips EXIF: no photo GPS")
        if platform == "instagram" and p["geo"] is not None:
            err(persona, "this Instagram export carries location only as exif GPS")
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
    trips = [p for p in labels["posts"] if any(
        places[min(places, key=lambda k: metres(x, (places[k]["lat"], places[k]["lon"])))]["kind"] == "trip"
        for x in [pt(p["geo"]) or pt(p["photo_gps"])] if x)]
    if platform in GEO_PLATFORMS and len(trips) < 3:
        err(persona, f"only {len(trips)} trip geotags: want a one-off trip with several")
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
    if platform in GEO_PLATFORMS and sum(1 for p in labels["posts"] if "home" in p["labels"]) < 6:
        err(persona, "fewer than 6 home geotags")
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
    probe = {datetime(2023, m, 15, 12, tzinfo=tz).utcoffset() for m in (1, 7)}
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
        platform = labels["platform"]
        reader = {"x": read_x, "instagram": read_instagram, "facebook": read_facebook,
                  "linkedin": read_linkedin}[platform]
        got, extra = reader(z, persona, labels)
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


OK_HOSTS = {"twitter.com", "api.twitter.com", "pbs.twimg.com", "t.co", "www.facebook.com", "www.linkedin.com",
            "media.licdn.com"}


def check_invented(persona, z, platform):
    for name in z.namelist():
        if name.endswith((".jpg", ".jpeg")):
            continue
        text = z.read(name).decode("utf-8")
        if platform in ("facebook", "instagram") and name.endswith(".json"):
            text = json.dumps(fix_meta(json.loads(text)), ensure_ascii=False)
        text = html.unescape(text)
        for m in re.finditer(r"(?<![@\w.+-])[\w.+-]+@([A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+)", text):
            dom = m.group(1)
            if dom != "example.com" and not dom.endswith(".example"):
                err(persona, f"{name}: e-mail outside example.com: {m.group(0)}")
        for m in re.finditer(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])", text):
            err(persona, f"{name}: IP address {m.group(1)}")
        if re.search(r"upload_ip|last_ip|\"ip\"|ipAudit|ip-audit", text):
            err(persona, f"{name}: carries an IP field")
        for m in re.finditer(r"https?://([^/\s\"\\#?<>]+)", text):
            host = m.group(1)
            if host not in OK_HOSTS and not host.endswith(".example"):
                err(persona, f"{name}: URL host {host} is neither a platform host nor .example")
        for m in re.finditer(r"\+\d{2,3}[ \d-]{8,14}\d", text):
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
    if s["name"] != labels["truth"]["office"]["name"] or s["radius_m"] != 300:
        err(persona, "watchlist site name/radius")


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
        bad = [c for c in CATS if perfect[f"recall_{c}"] != 1.0]
        if bad or perfect["false_positive_rate"] != 0.0 or perfect["missing_posts"] or \
                perfect["found_office"] is not True or not all(perfect[f"found_{f}"] for f in ("unit", "role", "routine")):
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
        if labels["platform"] != meta["platform"] or labels["persona"] != persona \
                or labels["archive"] != persona + ".zip":
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
                       f"UTC offsets {offsets}" + (f"\n    archive: {note}" if note else "")
                       + (f"\n    empty: recall {[empty['recall_' + c] for c in CATS]} "
                          f"found {[empty['found_' + f] for f in ('unit', 'role', 'office', 'routine')]}"
                          if empty else "")
                       + (f"\n    perfect: recall {[perfect['recall_' + c] for c in CATS]} "
                          f"fpr={perfect['false_positive_rate']} "
                          f"found {[perfect['found_' + f] for f in ('unit', 'role', 'office', 'routine')]}"
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
