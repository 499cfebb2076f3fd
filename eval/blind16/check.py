#!/usr/bin/env python3
"""Verifies the blind16 set. Independent of generate.py: it re-reads every archive with its own
readers (Telegram Desktop's result.json with string-or-array text, text_entities, date_unixtime, photos,
video files, venues and shared locations, the owner's channel posts signed with `author`, Saved Messages
and the owner's group messages; Mastodon's outbox.json/actor.json with HTML content, S3-prefixed
attachment URLs, boosts and direct statuses; X's newest tweets.js + tweets-part1.js listed in manifest.js
with edit_info, note-tweet.js and lon/lat-ordered coordinates; Instagram's older top-level content/ layout
with Meta mojibake and exif GPS) and compares ids, UTC times, decoded text, geo and photo GPS with the
labels; checks the label/watchlist shapes against the dev set, the geo-labelling rules against
content/KEY.txt, counts, DST, the JPEG/MP4 files, the invented-data rules, byte-identical regeneration,
and runs the scorer on an empty and a perfect report. Exit status 0 only when everything passes.
"""
import html
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
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/eval/dev"
SCORER = "/work/shared/eval/score.py"
PERSONAS = ["p1-telegram-windtunnel", "p2-mastodon-simulator", "p3-x-runwayrepair", "p4-instagram-optics"]
CATS = ("unit", "role", "location", "routine")
ALLOWED_LABELS = {"unit", "role", "location", "routine", "home"}
UTC = timezone.utc
GEO_PLATFORMS = ("x", "instagram", "telegram")
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


# --------------------------------------------------------------------------- Telegram Desktop (result.json)

NOT_INCLUDED = "(File not included."


def tg_plain(text):
    if isinstance(text, str):
        return text
    return "".join(x if isinstance(x, str) else x["text"] for x in text)


def read_telegram(z, persona):
    names = set(z.namelist())
    if "result.json" not in names:
        err(persona, "no result.json")
        return {}, {"dms": {}}
    res = json.loads(z.read("result.json").decode("utf-8"))
    for k in ("about", "personal_information", "chats"):
        if k not in res:
            err(persona, f"result.json without {k}")
    if "sessions" in res and any("last_ip" in s for s in res["sessions"].get("list", [])):
        err(persona, "sessions with IP addresses")
    me = res["personal_information"]
    uid = f"user{me['user_id']}"
    owner_name = (me["first_name"] + " " + me["last_name"]).strip()
    tz = ZoneInfo("Asia/Taipei")
    got, dms, kinds = {}, {}, {"channel": 0, "saved": 0, "group": 0, "location": 0, "venue": 0, "live": 0,
                               "array text": 0, "photo": 0, "video": 0, "file not included": 0, "others' messages": 0,
                               "service": 0, "edited": 0}
    for chat in res["chats"]["list"]:
        ctype = chat["type"]
        last = 0
        for msg in chat["messages"]:
            if int(msg["date_unixtime"]) < last:
                err(persona, f"chat {chat['id']}: messages out of order")
            last = int(msg["date_unixtime"])
            if not isinstance(msg["date_unixtime"], str):
                err(persona, "date_unixtime must be a string")
            local = datetime.fromtimestamp(int(msg["date_unixtime"]), tz).strftime("%Y-%m-%dT%H:%M:%S")
            if msg["date"] != local:
                err(persona, f"{chat['id']}:{msg['id']}: date {msg['date']} is not the local time {local}")
            if msg["type"] == "service":
                kinds["service"] += 1
                continue
            ents = "".join(e["text"] for e in msg["text_entities"])
            if tg_plain(msg["text"]) != ents:
                err(persona, f"{chat['id']}:{msg['id']}: text and text_entities disagree")
            if isinstance(msg["text"], list):
                kinds["array text"] += 1
            if "edited" in msg:
                kinds["edited"] += 1
            for key in ("photo", "file", "thumbnail"):
                if key in msg and not msg[key].startswith("("):
                    if msg[key] not in names:
                        err(persona, f"missing media {msg[key]}")
                    if not msg[key].startswith(f"chats/chat_"):
                        err(persona, f"media outside chats/chat_NNN/: {msg[key]}")
            if "photo" in msg:
                kinds["photo"] += 1
                if not re.search(r"/photos/photo_\d+@\d\d-\d\d-\d{4}_\d\d-\d\d-\d\d\.jpg$", msg["photo"]):
                    err(persona, f"odd photo name {msg['photo']}")
            if msg.get("media_type") == "video_file":
                kinds["video"] += 1
                if msg["file"].startswith(NOT_INCLUDED):
                    kinds["file not included"] += 1
            if ctype == "personal_chat":
                other = f"user{chat['id']}"
                d = dms.setdefault(other, {"in": 0, "out": 0})
                if msg["from_id"] == uid:
                    d["out"] += 1
                elif msg["from_id"] == other:
                    d["in"] += 1
                else:
                    err(persona, f"personal chat {chat['id']}: message from a third party")
                continue
            if ctype == "saved_messages":
                mine = msg["from_id"] == uid
                kinds["saved"] += mine
            elif ctype in ("public_channel", "private_channel"):
                mine = msg.get("author") == owner_name and msg["from_id"] == f"channel{chat['id']}"
                kinds["channel"] += mine
            else:
                mine = msg["from_id"] == uid
                kinds["group"] += mine
                if not mine:
                    kinds["others' messages"] += 1
            if not mine:
                continue
            text, geo = ents, None
            if "location_information" in msg:
                li = msg["location_information"]
                geo = (round(li["latitude"], 6), round(li["longitude"], 6))
                if "place_name" in msg:
                    text = f"{msg['place_name']}\n{msg['address']}"
                    kinds["venue"] += 1
                else:
                    text = "(location)"
                    kinds["live" if "live_location_period_seconds" in msg else "location"] += 1
                if ents:
                    err(persona, "a location message with text")
            got[f"{chat['id']}:{msg['id']}"] = (zstamp(msg["date_unixtime"]), text, geo, None)
    return got, {"dms": dms, **kinds}


# --------------------------------------------------------------------------- Mastodon (outbox.json)

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.paras = [], 0

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.out.append("\n")
        if tag == "p":
            if self.paras:
                self.out.append("\n\n")
            self.paras += 1

    def handle_data(self, data):
        self.out.append(data)


def masto_text(content):
    p = _Text()
    p.feed(content)
    p.close()
    return "".join(p.out)


def read_mastodon(z, persona):
    names = set(z.namelist())
    for need in ("outbox.json", "actor.json"):
        if need not in names:
            err(persona, f"missing {need}")
    actor = json.loads(z.read("actor.json"))
    if actor.get("type") != "Person" or actor.get("outbox") != "outbox.json":
        err(persona, "actor.json shape")
    for f in ("icon", "image"):
        if actor[f]["url"] not in names:
            err(persona, f"actor {f} file missing")
    if any("PRIVATE" in actor["publicKey"]["publicKeyPem"] for _ in [0]):
        err(persona, "actor.json carries a private key")
    me = actor["id"]
    followers = actor["followers"]
    outbox = json.loads(z.read("outbox.json"))
    if outbox.get("type") != "OrderedCollection" or outbox["totalItems"] < len(outbox["orderedItems"]):
        err(persona, "outbox.json shape")
    stamps = [x["published"] for x in outbox["orderedItems"]]
    if stamps != sorted(stamps):
        err(persona, "outbox not oldest first")
    got, dms, kinds = {}, {}, {"announces": 0, "direct": 0, "replies to others": 0, "threads": 0, "attachments": 0,
                               "alt texts": 0, "content warnings": 0, "edited": 0, "unlisted": 0, "followers-only": 0}
    for it in outbox["orderedItems"]:
        if it["actor"] != me:
            err(persona, "activity by someone else")
        if it["type"] == "Announce":
            kinds["announces"] += 1
            if not isinstance(it["object"], str):
                err(persona, "Announce object should be a URI")
            continue
        obj = it["object"]
        sid = obj["id"].rsplit("/", 1)[1]
        if obj["url"] != actor["url"] + "/" + sid:
            err(persona, f"{sid}: url")
        if (int(sid) >> 16) // 1000 != int(datetime.fromisoformat(obj["published"].replace("Z", "+00:00")).timestamp()):
            err(persona, f"{sid}: status id time differs from published")
        to, cc = obj["to"], obj["cc"]
        for att in obj["attachment"]:
            kinds["attachments"] += 1
            url = att["url"]
            if not url.startswith("/") or "/media_attachments/files/" not in url:
                err(persona, f"attachment url {url} without a storage prefix")
            rel = url[url.index("media_attachments/"):]
            if rel not in names:
                err(persona, f"missing attachment {rel}")
            if att["name"]:
                kinds["alt texts"] += 1
        if obj.get("summary"):
            kinds["content warnings"] += 1
        if obj.get("updated"):
            kinds["edited"] += 1
        public = PUBLIC in to or PUBLIC in cc or followers in to
        if not public:
            kinds["direct"] += 1
            other = to[0]
            if len(to) != 1 or cc:
                err(persona, f"{sid}: a direct status should address exactly one actor")
            mention = [t for t in obj["tag"] if t["type"] == "Mention"]
            if not mention or mention[0]["href"] != other:
                err(persona, f"{sid}: direct status without a mention of its addressee")
            d = dms.setdefault(other, {"in": 0, "out": 0})
            d["out"] += 1
            if obj["inReplyTo"] and obj["inReplyTo"].startswith(other + "/statuses/"):
                d["in"] += 1
            continue
        if PUBLIC in cc and PUBLIC not in to:
            kinds["unlisted"] += 1
        if PUBLIC not in to and PUBLIC not in cc:
            kinds["followers-only"] += 1
        if obj["inReplyTo"]:
            kinds["threads" if obj["inReplyTo"].startswith(me) else "replies to others"] += 1
        if obj["contentMap"].get("en") != obj["content"]:
            err(persona, f"{sid}: contentMap differs")
        got[sid] = (zstamp(datetime.fromisoformat(obj["published"].replace("Z", "+00:00")).timestamp()),
                    masto_text(obj["content"]), None, None)
    return got, {"dms": dms, **kinds}


# --------------------------------------------------------------------------- X / Twitter (2023+ generation)

YTD_RE = re.compile(r"^window\.YTD\.([a-z_]+)\.part(\d+) = ")


def ytd_load(z, name):
    raw = z.read(name).decode("utf-8")
    m = YTD_RE.match(raw)
    if not m:
        raise ValueError(f"{name}: no window.YTD prefix")
    return m.group(1), int(m.group(2)), json.loads(raw[raw.index("["):].rstrip().rstrip(";"))


def read_x(z, persona):
    names = set(z.namelist())
    if any(n in names for n in ("data/tweet.js", "data/tweet-part1.js")) or any(
            n.startswith("data/tweet_media/") for n in names):
        err(persona, "old tweet.js/tweet_media names in a newest-layout archive")
    mraw = z.read("data/manifest.js").decode("utf-8")
    if not mraw.startswith("window.__THAR_CONFIG = "):
        err(persona, "manifest.js prefix")
    manifest = json.loads(mraw[mraw.index("{"):])
    files = manifest["dataTypes"]["tweets"]["files"]
    media_dir = manifest["dataTypes"]["tweets"]["mediaDirectory"]
    if media_dir != "data/tweets_media" or [f["fileName"] for f in files] != ["data/tweets.js", "data/tweets-part1.js"]:
        err(persona, f"manifest tweets entry {files} / {media_dir}")
    if not z.read("data/tweets.js").decode().startswith("window.YTD.tweets.part0 = [\n  {\n    \"tweet\" : {"):
        err(persona, "tweets.js does not use the 2024 '= [\\n  {' layout")
    uid = manifest["userInfo"]["accountId"]
    notes = {}
    _, _, nitems = ytd_load(z, "data/note-tweet.js")
    for n in nitems:
        nt = n["noteTweet"]
        notes[nt["createdAt"][:19]] = nt["core"]["text"]
    got, n_media, n_geo, n_place, n_notes, n_rt = {}, 0, 0, 0, 0, 0
    for f in files:
        kind, part, items = ytd_load(z, f["fileName"])
        if kind != "tweets" or f["globalName"] != f"YTD.tweets.part{part}":
            err(persona, f"{f['fileName']}: global name mismatch")
        if int(f["count"]) != len(items):
            err(persona, f"{f['fileName']}: manifest count {f['count']} != {len(items)}")
        for it in items:
            t = it["tweet"]
            if "edit_info" not in t or t["edit_info"]["initial"]["editTweetIds"] != [t["id_str"]]:
                err(persona, f"{t['id_str']}: edit_info missing or wrong")
            if not isinstance(t["id_str"], str) or t["id"] != t["id_str"]:
                err(persona, "tweet ids must be equal strings")
            when = datetime.strptime(t["created_at"], "%a %b %d %H:%M:%S %z %Y")
            ms = (int(t["id_str"]) >> 22) + 1288834974657
            if abs(ms / 1000 - when.timestamp()) > 1:
                err(persona, f"{t['id_str']}: snowflake time differs from created_at")
            text = html.unescape(t["full_text"])
            if text.startswith("RT @"):
                n_rt += 1
            key = when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
            if key in notes and "…" in text:
                head = text.split("…")[0]
                if not notes[key].startswith(head):
                    err(persona, f"{t['id_str']}: note-tweet prefix does not match")
                text = notes[key]
                n_notes += 1
            geo = None
            if "coordinates" in t:
                lon, lat = (float(x) for x in t["coordinates"]["coordinates"])
                glat, glon = (float(x) for x in t["geo"]["coordinates"])
                if (lat, lon) != (glat, glon):
                    err(persona, f"{t['id_str']}: geo and coordinates disagree")
                if not t.get("extended_entities"):
                    err(persona, f"{t['id_str']}: precise location on a tweet without a photo")
                geo = (round(lat, 6), round(lon, 6))
                n_geo += 1
            if "place" in t:
                n_place += 1
            for med in t.get("extended_entities", {}).get("media", []):
                n_media += 1
                path = f"{media_dir}/{t['id_str']}-{med['media_url_https'].rsplit('/', 1)[1]}"
                if path not in names:
                    err(persona, f"missing media file {path}")
            got[t["id_str"]] = (zstamp(when.timestamp()), text, geo, None)
    if n_notes != len(notes):
        err(persona, f"{len(notes)} note tweets but {n_notes} joined")
    tzs = ytd_load(z, "data/account-timezone.js")[2]
    if tzs[0]["accountTimezone"]["accountId"] != uid:
        err(persona, "account-timezone accountId")
    dms = {}
    for conv in ytd_load(z, "data/direct-messages.js")[2]:
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
            d["in" if x["messageCreate"]["senderId"] == other else "out"] += 1
    return got, {"dms": dms, "media": n_media, "geotags": n_geo, "place objects": n_place, "note tweets": n_notes,
                 "retweets": n_rt, "timeZone": tzs[0]["accountTimezone"]["timeZone"]}


# --------------------------------------------------------------------------- Instagram (older top-level layout)

IG_ID = re.compile(r"_n_(\d+)\.jpg$")


def ig_gps(media):
    ex = (media.get("media_metadata", {}).get("photo_metadata", {}).get("exif_data") or [{}])[0]
    lat, lon = ex.get("latitude"), ex.get("longitude")
    if lat is None or (lat == 0 and lon == 0):
        return None
    return (round(lat, 6), round(lon, 6))


def read_instagram(z, persona):
    names = set(z.namelist())
    for need in ("content/posts_1.json", "content/stories.json", "account_information/personal_information.json"):
        if need not in names:
            err(persona, f"missing {need}")
    if any(n.startswith(("your_instagram_activity/", "personal_information/")) for n in names):
        err(persona, "2022+ folders in an older-layout export")
    for n in names:
        if n.endswith(".json") and not all(b < 128 for b in z.read(n)):
            err(persona, f"{n}: not pure ASCII (Meta escapes everything)")
    posts = fix_meta(json.loads(z.read("content/posts_1.json")))
    stories = fix_meta(json.loads(z.read("content/stories.json")))["ig_stories"]
    got, carousels, library = {}, 0, 0

    def add(ts, text, media):
        nonlocal library
        for md in media:
            if md["uri"] not in names:
                err(persona, f"missing media {md['uri']}")
            ex = md["media_metadata"]["photo_metadata"]["exif_data"][0]
            library += ex.get("source_type") == "library"
        mid = IG_ID.search(media[0]["uri"]).group(1)
        got[mid] = (zstamp(ts), text, None, ig_gps(media[0]))
    for p in posts:
        if "title" in p:
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
    prof = fix_meta(json.loads(z.read("account_information/personal_information.json")))
    owner_name = prof["profile_user"][0]["string_map_data"]["Name"]["value"]
    dms = {}
    for n in sorted(names):
        if n.startswith("messages/inbox/") and n.endswith("message_1.json"):
            t = fix_meta(json.loads(z.read(n)))
            others = [p["name"] for p in t["participants"] if p["name"] != owner_name]
            d = dms.setdefault(others[0], {"in": 0, "out": 0})
            stamps = [x["timestamp_ms"] for x in t["messages"]]
            if stamps != sorted(stamps, reverse=True):
                err(persona, f"{n}: messages not newest first")
            for msg in t["messages"]:
                d["out" if msg["sender_name"] == owner_name else "in"] += 1
    return got, {"dms": dms, "carousels": carousels, "stories": len(stories), "library uploads": library}


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
    platform = labels["platform"]
    for p in labels["posts"]:
        local = datetime.strptime(p["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone(tz)
        labs = set(p["labels"])
        pts = [x for x in (pt(p["geo"]), pt(p["photo_gps"])) if x]
        if pts and platform not in GEO_PLATFORMS:
            err(persona, f"{platform} keeps no coordinates, but {p['created_at']} has some")
        if platform in ("x", "telegram") and p["photo_gps"] is not None:
            err(persona, f"{platform} strips EXIF: no photo GPS")
        if platform == "instagram" and p["geo"] is not None:
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
            if i.filename.endswith(".mp4") and z.read(i)[4:8] != b"ftyp":
                err(persona, f"{i.filename}: not an ISO-BMFF file")
        platform = labels["platform"]
        reader = {"x": read_x, "instagram": read_instagram, "mastodon": read_mastodon,
                  "telegram": read_telegram}[platform]
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
        key = c["id"] if platform in ("x", "telegram", "mastodon") else c["name"]
        if key not in dms:
            err(persona, f"contact {c['handle']} not found in the messages")
            continue
        if dms[key]["in"] == 0:
            err(persona, f"contact {c['handle']} never writes (or, on Mastodon, is never replied to)")
        if dms[key]["out"] == 0 and platform == "mastodon":
            err(persona, f"contact {c['handle']}: no direct status")
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


OK_HOSTS = {"twitter.com", "mobile.twitter.com", "api.twitter.com", "pbs.twimg.com", "t.co", "telegram.org",
            "www.w3.org", "w3id.org", "joinmastodon.org", "schema.org", "ostatus.org"}


def check_invented(persona, z, platform):
    for name in z.namelist():
        if name.endswith((".jpg", ".jpeg", ".mp4")):
            continue
        raw = z.read(name)
        text = raw.decode("utf-8")
        if platform == "instagram" and name.endswith(".json"):
            text = json.dumps(fix_meta(json.loads(text)), ensure_ascii=False)
        for m in re.finditer(r"(?<![@\w.+-])[\w.+-]+@([A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+)", text):
            dom = m.group(1)
            if dom != "example.com" and not dom.endswith(".example"):
                err(persona, f"{name}: e-mail outside example.com: {m.group(0)}")
        for m in re.finditer(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])", text):
            err(persona, f"{name}: IP address {m.group(1)}")
        if re.search(r"upload_ip|last_ip|\"ip\"", text):
            err(persona, f"{name}: carries an IP field")
        for m in re.finditer(r"https?://([^/\s\"\\#?<>]+)", text):
            host = m.group(1)
            if host not in OK_HOSTS and not host.endswith(".example"):
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
        office_ok = perfect["found_office"] is not False
        if labels["platform"] == "mastodon" and perfect["found_office"] is not None:
            err(persona, "the scorer should not ask a Mastodon persona for an office geotag")
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
