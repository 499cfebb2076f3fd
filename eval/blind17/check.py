#!/usr/bin/env python3
"""Verifies the blind17 set. Independent of generate.py: it re-reads every archive with its own readers
(Facebook's 2024+ `your_facebook_activity/` layout with posts split over _1/_2, check-ins.json joined by
timestamp for the fbid, place coordinates, photo exif GPS, Meta mojibake, Messenger inbox/ and
message_requests/; LinkedIn's 2018 export with a UTF-16LE TAB-separated all-quoted Shares.csv whose
multi-line commentary and activity URNs are parsed, UTF-8 comma CSVs elsewhere, Messages.csv dates;
Telegram Desktop's personal JSON export with media left out (placeholders), string-or-array text,
text_entities, date_unixtime, venues and shared locations, replies and saved_from; Mastodon's archive
re-zipped inside its archive-… folder, with local-storage attachment paths, content warnings, boosts and
direct statuses) and compares ids, UTC times, decoded text, geo and photo GPS with the labels; checks the
label/watchlist shapes against the dev set, the geo-labelling rules against content/KEY.txt, counts, DST,
the JPEG files, the invented-data rules, byte-identical regeneration, and runs the scorer on an empty and a
perfect report. Exit status 0 only when everything passes.
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
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/eval/dev"
SCORER = "/work/shared/eval/score.py"
PERSONAS = ["p1-facebook-bunker", "p2-linkedin-arrestinggear", "p3-telegram-degaussing", "p4-mastodon-hyperbaric"]
CATS = ("unit", "role", "location", "routine")
ALLOWED_LABELS = {"unit", "role", "location", "routine", "home"}
UTC = timezone.utc
GEO_PLATFORMS = ("facebook", "telegram")
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


# --------------------------------------------------------------------------- Facebook (2024+ layout)

FB_POSTS = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_{}.json"
COORD_RE = re.compile(r"^\(\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\)$")


def meta_load(z, name, persona):
    raw = z.read(name)
    if not all(b < 128 for b in raw):
        err(persona, f"{name}: not pure ASCII (Meta escapes everything)")
    return fix_meta(json.loads(raw))


def read_facebook(z, persona, labels):
    names = set(z.namelist())
    for need in (FB_POSTS.format(1), FB_POSTS.format(2), "your_facebook_activity/posts/check-ins.json",
                 "personal_information/profile_information/profile_information.json"):
        if need not in names:
            err(persona, f"missing {need}")
    if any(n.startswith(("posts/", "your_activity_across_facebook/", "profile_information/")) for n in names):
        err(persona, "pre-2024 folders in a 2024+ export")
    part1 = meta_load(z, FB_POSTS.format(1), persona)
    part2 = meta_load(z, FB_POSTS.format(2), persona)
    if not part1 or not part2:
        err(persona, "posts should be split over _1 and _2")
    if part1 and part2 and min(p["timestamp"] for p in part1) < max(p["timestamp"] for p in part2):
        err(persona, "_1 should hold the newer posts, _2 the older")
    for part in (part1, part2):
        stamps = [p["timestamp"] for p in part]
        if stamps != sorted(stamps, reverse=True):
            err(persona, "posts not newest first")
    checkins = meta_load(z, "your_facebook_activity/posts/check-ins.json", persona)
    if isinstance(checkins, dict):
        checkins = [checkins]
    by_ts = {}
    for c in checkins:
        vals = {lv["label"]: lv for lv in c["label_values"]}
        tags = {d["label"]: d["value"] for d in vals["Place tags"]["dict"]}
        mm = COORD_RE.match(tags["Coordinates"])
        if not mm:
            err(persona, f"check-in coordinates {tags['Coordinates']!r} not '(lat , lon)'")
            continue
        by_ts[c["timestamp"]] = (c["fbid"], vals["Message"]["value"], tags["Name"],
                                 (round(float(mm.group(1)), 6), round(float(mm.group(2)), 6)))
    tagged = meta_load(z, "your_facebook_activity/posts/places_you_have_been_tagged_in.json", persona)
    for t in tagged:
        if any(lv["label"] == "Coordinates" for lv in t["label_values"]):
            err(persona, "tagged places carry no coordinates")
    me = meta_load(z, "personal_information/profile_information/profile_information.json",
                   persona)["profile_v2"]["name"]["full_name"]
    got, kinds = {}, {"posts in _1": len(part1), "posts in _2": len(part2), "check-ins": len(checkins),
                      "photos": 0, "photo GPS": 0, "links": 0, "tagged places": len(tagged)}
    n_place = 0
    for p in part1 + part2:
        texts = [d["post"] for d in p.get("data", []) if "post" in d]
        text = texts[0] if texts else ""
        uris, geo, gps, place_name = [], None, None, None
        for att in p.get("attachments", []):
            for d in att["data"]:
                if "media" in d:
                    md = d["media"]
                    kinds["photos"] += 1
                    uris.append(md["uri"])
                    if md["uri"] not in names:
                        err(persona, f"missing media {md['uri']}")
                    if not md["uri"].startswith("your_facebook_activity/posts/media/"):
                        err(persona, f"media outside your_facebook_activity/posts/media/: {md['uri']}")
                    ex = (md.get("media_metadata", {}).get("photo_metadata", {}).get("exif_data") or [{}])[0]
                    if "upload_ip" in ex:
                        err(persona, "exif upload_ip present")
                    lat, lon = ex.get("latitude"), ex.get("longitude")
                    if lat is not None and not (lat == 0 and lon == 0) and gps is None:
                        gps = (round(lat, 6), round(lon, 6))
                        kinds["photo GPS"] += 1
                if "place" in d:
                    pl = d["place"]
                    geo = (round(pl["coordinate"]["latitude"], 6), round(pl["coordinate"]["longitude"], 6))
                    place_name = pl["name"]
                if "external_context" in d:
                    kinds["links"] += 1
        if place_name is not None:
            n_place += 1
            if p["timestamp"] not in by_ts:
                err(persona, f"check-in at {p['timestamp']} missing from check-ins.json")
                continue
            fbid, msg, cname, cgeo = by_ts[p["timestamp"]]
            if (msg, cname, cgeo) != (text, place_name, geo):
                err(persona, f"check-in {fbid}: check-ins.json and your_posts disagree")
            if p["title"] != f"{me} was at {place_name}.":
                err(persona, f"check-in title {p['title']!r}")
            nid = fbid
        else:
            nid = f"{p['timestamp']}-{hashlib.sha1((text + ''.join(uris)).encode('utf-8')).hexdigest()[:10]}"
        got[nid] = (zstamp(p["timestamp"]), text, geo, gps)
    if n_place != len(checkins):
        err(persona, f"{n_place} check-in posts but {len(checkins)} entries in check-ins.json")
    dms, folders = {}, set()
    for n in sorted(names):
        mm = re.match(r"^your_facebook_activity/messages/(inbox|message_requests)/([a-z0-9]+_\d+)/message_1\.json$", n)
        if not mm:
            if "/messages/" in n:
                err(persona, f"odd Messenger path {n}")
            continue
        folders.add(mm.group(1))
        t = meta_load(z, n, persona)
        if t["thread_path"] != f"{mm.group(1)}/{mm.group(2)}":
            err(persona, f"{n}: thread_path {t['thread_path']}")
        others = [p["name"] for p in t["participants"] if p["name"] != me]
        d = dms.setdefault(others[0], {"in": 0, "out": 0})
        stamps = [x["timestamp_ms"] for x in t["messages"]]
        if stamps != sorted(stamps, reverse=True):
            err(persona, f"{n}: messages not newest first")
        for msg in t["messages"]:
            d["out" if msg["sender_name"] == me else "in"] += 1
    if folders != {"inbox", "message_requests"}:
        err(persona, f"Messenger folders {sorted(folders)}: want inbox and message_requests")
    return got, {"dms": dms, **kinds}


# --------------------------------------------------------------------------- LinkedIn (2018 export)

SHARES_HEADER = ["Date", "Share Title", "Share Description", "Share Link", "Share Commentary", "Shared URL",
                 "Media URL", "Type", "Visibility"]
URN_RE = re.compile(r"^https://www\.linkedin\.com/feed/update/urn%3Ali%3Aactivity%3A(\d+)$")
MSG_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d\d), (\d{1,2}):(\d\d) (AM|PM)$")


def read_linkedin(z, persona, labels):
    names = set(z.namelist())
    for need in ("Profile.csv", "Positions.csv", "Shares.csv", "Messages.csv", "Connections.csv"):
        if need not in names:
            err(persona, f"missing {need}")
    raw = z.read("Shares.csv")
    if not raw.startswith(b"\xff\xfe"):
        err(persona, "Shares.csv has no UTF-16LE BOM")
    text = raw[2:].decode("utf-16-le")
    for line in text.split("\n")[:1]:
        if not all(f.startswith('"') and f.endswith('"') for f in line.split("\t")):
            err(persona, "Shares.csv header fields not all quoted")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    if rows[0] != SHARES_HEADER:
        err(persona, f"Shares.csv header {rows[0]}")
    got, multiline, links, photos = {}, 0, 0, 0
    stamps = []
    for r in rows[1:]:
        row = dict(zip(rows[0], r))
        when = datetime.strptime(row["Date"], "%Y/%m/%d %H:%M:%S UTC").replace(tzinfo=UTC)
        stamps.append(when)
        mm = URN_RE.match(row["Share Link"])
        if not mm:
            err(persona, f"share link {row['Share Link']}")
            continue
        aid = mm.group(1)
        if abs((int(aid) >> 22) / 1000 - when.timestamp()) > 1:
            err(persona, f"{aid}: activity id time differs from Date")
        if row["Visibility"] not in ("Public", "Connections") or row["Type"] != "Homepage":
            err(persona, f"{aid}: Type/Visibility {row['Type']}/{row['Visibility']}")
        multiline += "\n" in row["Share Commentary"]
        links += bool(row["Shared URL"])
        photos += bool(row["Media URL"])
        if row["Shared URL"] and not row["Share Title"]:
            err(persona, f"{aid}: shared URL without a title")
        got[aid] = (when.strftime("%Y-%m-%dT%H:%M:%SZ"), row["Share Commentary"], None, None)
    if stamps != sorted(stamps, reverse=True):
        err(persona, "Shares.csv not newest first")
    if multiline == 0:
        err(persona, "no multi-line Share Commentary")
    for n in names:
        if n != "Shares.csv" and n.endswith(".csv"):
            b = z.read(n)
            if b.startswith((b"\xff\xfe", b"\xef\xbb\xbf")) or b"\r\n" in b:
                err(persona, f"{n}: the 2018 export writes plain UTF-8 CSV with LF line ends")
            b.decode("utf-8")
    prof = list(csv.reader(io.StringIO(z.read("Profile.csv").decode("utf-8"))))
    if prof[0][:7] != ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Contact Instructions",
                       "Headline"]:
        err(persona, "Profile.csv header is not the 2018 one")
    me = prof[1][0] + " " + prof[1][1]
    pos = list(csv.reader(io.StringIO(z.read("Positions.csv").decode("utf-8"))))
    if pos[0] != ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]:
        err(persona, "Positions.csv header")
    if not any(r[5] == "" for r in pos[1:]):
        err(persona, "Positions.csv: no current position (empty Finished On)")
    for r in pos[1:]:
        if not re.fullmatch(r"[A-Z][a-z]{2} \d{4}", r[4]):
            err(persona, f"Positions.csv date {r[4]!r}")
    msgs = list(csv.DictReader(io.StringIO(z.read("Messages.csv").decode("utf-8"))))
    dms = {}
    last = None
    for msg in msgs:
        mm = MSG_DATE.match(msg["Date"])
        if not mm:
            err(persona, f"Messages.csv date {msg['Date']!r}")
            continue
        mo, dd, yy, hh, mi, ap = mm.groups()
        h = int(hh) % 12 + (12 if ap == "PM" else 0)
        t = datetime(2000 + int(yy), int(mo), int(dd), h, int(mi))
        if last and t > last:
            err(persona, "Messages.csv not newest first")
        last = t
        if msg["Direction"] == "INCOMING":
            if msg["To"] != me:
                err(persona, "incoming message not addressed to the owner")
            dms.setdefault(msg["From"], {"in": 0, "out": 0})["in"] += 1
        elif msg["Direction"] == "OUTGOING":
            if msg["From"] != me:
                err(persona, "outgoing message not from the owner")
            dms.setdefault(msg["To"], {"in": 0, "out": 0})["out"] += 1
        else:
            err(persona, f"Direction {msg['Direction']}")
        if "\n" in msg["Content"]:
            err(persona, "2018 message content keeps no line breaks")
    return got, {"dms": dms, "multi-line shares": multiline, "link shares": links, "photo shares": photos}


# --------------------------------------------------------------------------- Telegram Desktop (result.json)

NOT_INCLUDED = "(File not included."


def tg_plain(text):
    if isinstance(text, str):
        return text
    return "".join(x if isinstance(x, str) else x["text"] for x in text)


def read_telegram(z, persona, labels):
    names = set(z.namelist())
    if "result.json" not in names:
        err(persona, "no result.json")
        return {}, {"dms": {}}
    if names - {"result.json", "export_results.html"}:
        err(persona, f"media left out, yet the zip holds {sorted(names - {'result.json', 'export_results.html'})[:3]}")
    res = json.loads(z.read("result.json").decode("utf-8"))
    for k in ("about", "personal_information", "chats"):
        if k not in res:
            err(persona, f"result.json without {k}")
    if "sessions" in res:
        err(persona, "sessions (with IPs) should not be exported")
    me = res["personal_information"]
    uid = f"user{me['user_id']}"
    tz = ZoneInfo(labels["timezone"])
    got, dms = {}, {}
    kinds = {"saved": 0, "group": 0, "location": 0, "venue": 0, "live": 0, "array text": 0,
             "photos (placeholder)": 0, "replies": 0, "saved_from": 0, "forwarded": 0, "others' messages": 0,
             "service": 0, "edited": 0}
    for chat in res["chats"]["list"]:
        ctype = chat["type"]
        if ctype not in ("personal_chat", "private_group", "private_supergroup", "saved_messages"):
            err(persona, f"chat type {ctype} outside a personal export")
        last, ids = 0, {}
        for msg in chat["messages"]:
            if not isinstance(msg["date_unixtime"], str):
                err(persona, "date_unixtime must be a string")
            if int(msg["date_unixtime"]) < last:
                err(persona, f"chat {chat['id']}: messages out of order")
            last = int(msg["date_unixtime"])
            ids[msg["id"]] = msg
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
            kinds["edited"] += "edited" in msg
            if "reply_to_message_id" in msg:
                kinds["replies"] += 1
                if msg["reply_to_message_id"] not in ids:
                    err(persona, f"{chat['id']}:{msg['id']}: reply to an unknown message")
            kinds["saved_from"] += "saved_from" in msg
            kinds["forwarded"] += "forwarded_from" in msg
            for key in ("photo", "file", "thumbnail"):
                if key in msg and not msg[key].startswith(NOT_INCLUDED):
                    err(persona, f"{key} {msg[key]} should be the not-included placeholder")
            if "photo" in msg:
                kinds["photos (placeholder)"] += 1
                if not ({"width", "height"} <= set(msg)):
                    err(persona, "photo without width/height")
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
            mine = msg["from_id"] == uid
            if ctype == "saved_messages":
                kinds["saved"] += mine
            else:
                kinds["group"] += mine
                kinds["others' messages"] += not mine
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
    if not kinds["replies"] or not kinds["saved_from"]:
        err(persona, "expected replies and saved_from in this export")
    return got, {"dms": dms, **kinds}


# --------------------------------------------------------------------------- Mastodon (re-zipped folder)

PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


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




def read_mastodon(z, persona, labels):
    names = z.namelist()
    tops = {n.split("/", 1)[0] for n in names}
    if len(tops) != 1 or not all("/" in n for n in names):
        err(persona, f"expected one wrapper folder, got {sorted(tops)[:3]}")
    root = next(iter(tops))
    if not re.fullmatch(r"archive-\d{14}-[0-9a-f]{32}", root):
        err(persona, f"wrapper folder {root} is not named like the exporter's archive")
    names = {n[len(root) + 1:] for n in names}

    def read(n):
        return z.read(f"{root}/{n}")
    for need in ("outbox.json", "actor.json"):
        if need not in names:
            err(persona, f"missing {need}")
    actor = json.loads(read("actor.json"))
    if actor.get("type") != "Person" or actor.get("outbox") != "outbox.json":
        err(persona, "actor.json shape")
    for f in ("icon", "image"):
        if actor[f]["url"] not in names:
            err(persona, f"actor {f} file missing")
    if "PRIVATE" in actor["publicKey"]["publicKeyPem"]:
        err(persona, "actor.json carries a private key")
    me = actor["id"]
    followers = actor["followers"]
    outbox = json.loads(read("outbox.json"))
    if outbox.get("type") != "OrderedCollection" or outbox["totalItems"] < len(outbox["orderedItems"]):
        err(persona, "outbox.json shape")
    stamps = [x["published"] for x in outbox["orderedItems"]]
    if stamps != sorted(stamps):
        err(persona, "outbox not oldest first")
    got, dms = {}, {}
    kinds = {"announces": 0, "direct": 0, "replies to others": 0, "threads": 0, "attachments": 0, "alt texts": 0,
             "content warnings": 0, "sensitive without CW": 0, "edited": 0, "unlisted": 0, "followers-only": 0}
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
            if not url.startswith("media_attachments/files/"):
                err(persona, f"attachment url {url}: local storage paths start at media_attachments/")
            if url not in names:
                err(persona, f"missing attachment {url}")
            kinds["alt texts"] += bool(att["name"])
        if obj.get("summary"):
            kinds["content warnings"] += 1
            if not obj["sensitive"]:
                err(persona, f"{sid}: a CW status must be sensitive")
        elif obj["sensitive"]:
            kinds["sensitive without CW"] += 1
        kinds["edited"] += bool(obj.get("updated"))
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
    if not kinds["content warnings"]:
        err(persona, "expected content warnings")
    return got, {"dms": dms, **kinds}


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
        if platform == "telegram" and p["photo_gps"] is not None:
            err(persona, "Telegram re-encodes photos (and this export left them out): no photo GPS")
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
        reader = {"facebook": read_facebook, "linkedin": read_linkedin, "mastodon": read_mastodon,
                  "telegram": read_telegram}[platform]
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
        key = c["id"] if platform in ("telegram", "mastodon") else c["name"]
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


OK_HOSTS = {"telegram.org", "www.facebook.com", "www.linkedin.com", "media.licdn.com",
            "www.w3.org", "w3id.org", "joinmastodon.org", "schema.org", "ostatus.org"}


def check_invented(persona, z, platform):
    for name in z.namelist():
        if name.endswith((".jpg", ".jpeg", ".mp4")):
            continue
        raw = z.read(name)
        text = raw[2:].decode("utf-16-le") if raw.startswith(b"\xff\xfe") else raw.decode("utf-8")
        if platform == "facebook" and name.endswith(".json"):
            text = json.dumps(fix_meta(json.loads(text)), ensure_ascii=False)
        text = html.unescape(text)
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
