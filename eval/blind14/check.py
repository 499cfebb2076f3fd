#!/usr/bin/env python3
"""Verifies the blind14 set. Independent of generate.py: it re-reads every archive with its own
readers (Facebook's 2024+ layout with Meta mojibake and check-ins.json, Telegram Desktop's
result.json, LinkedIn's 2018 export with its UTF-16 tab-separated Shares.csv, Mastodon
ActivityStreams HTML with object-storage media URLs) and compares ids, UTC times, decoded text, geo
and photo GPS with the labels; checks the label/watchlist shapes against the dev set, the
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
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/eval/dev"
SCORER = "/work/shared/eval/score.py"
PERSONAS = ["p1-facebook-railmil", "p2-telegram-mapprint", "p3-linkedin-stockpile", "p4-mastodon-nucsec"]
CATS = ("unit", "role", "location", "routine")
ALLOWED_LABELS = {"unit", "role", "location", "routine", "home"}
UTC = timezone.utc
AS_PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
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

FB_POSTS = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
FB_CHECKINS = "your_facebook_activity/posts/check-ins.json"
FB_PROFILE = "personal_information/profile_information/profile_information.json"
COORD_RE = re.compile(r"^\((-?\d+(?:\.\d+)?) , (-?\d+(?:\.\d+)?)\)$")


def read_facebook(z, persona):
    names = set(z.namelist())
    for need in (FB_POSTS, FB_CHECKINS, FB_PROFILE):
        if need not in names:
            err(persona, f"missing {need}")
    for name in names:
        if name.startswith(("posts/", "your_activity_across_facebook/", "profile_information/")):
            err(persona, f"{name}: the 2024+ layout keeps your_facebook_activity/ and personal_information/")
        if name.endswith(".json"):
            raw = z.read(name)
            if any(b > 127 for b in raw):
                err(persona, f"{name}: Meta JSON must be pure ASCII (\\u00XX escapes)")
            if b"\\u00e" not in raw and name != FB_CHECKINS:
                err(persona, f"{name}: expected escaped UTF-8 mojibake")
    raw_posts = json.loads(z.read(FB_POSTS))
    posts = fix_meta(raw_posts)
    checkins = fix_meta(json.loads(z.read(FB_CHECKINS)))
    if not isinstance(checkins, list) or len(checkins) < 2:
        err(persona, "check-ins.json should be a list (several check-ins)")
    by_ts = {}
    for c in checkins:
        lv = {x["label"]: x for x in c["label_values"]}
        tags = {d["label"]: d["value"] for d in lv["Place tags"]["dict"]}
        mm = COORD_RE.match(tags["Coordinates"])
        if not mm:
            err(persona, f"check-in {c['fbid']}: Coordinates {tags['Coordinates']!r} not '(lat , lon)'")
            continue
        by_ts[c["timestamp"]] = (c["fbid"], lv["Message"]["value"], tags["Name"],
                                 (round(float(mm.group(1)), 6), round(float(mm.group(2)), 6)))
    stamps = [p["timestamp"] for p in posts]
    if stamps != sorted(stamps, reverse=True):
        err(persona, "your_posts must be newest first")
    out, seen_zero, seen_garbage, seen_video, seen_link = {}, False, False, False, False
    used_checkins = set()
    for p in posts:
        ts = p["timestamp"]
        text = next((d["post"] for d in p.get("data", []) if "post" in d), "")
        if not any("update_timestamp" in d for d in p.get("data", [])):
            err(persona, f"post {ts}: no update_timestamp entry in data[]")
        if not p.get("title", "").endswith("\u3002"):
            err(persona, f"post {ts}: title should be a generated sentence in the Chinese UI: {p.get('title')!r}")
        geo, gps, first_media = None, None, None
        for att in p.get("attachments", []):
            for d in att["data"]:
                if "place" in d:
                    c = d["place"]["coordinate"]
                    geo = (round(c["latitude"], 6), round(c["longitude"], 6))
                    if d["place"]["name"] not in p["title"]:
                        err(persona, f"post {ts}: check-in title does not name the place")
                if "external_context" in d:
                    seen_link = True
                if "media" in d:
                    m = d["media"]
                    if first_media is None:
                        first_media = m
                    if m["uri"] not in names:
                        err(persona, f"post {ts}: media {m['uri']} missing")
                    md = m.get("media_metadata", {})
                    if "video_metadata" in md:
                        seen_video = True
                        if not m.get("thumbnail", {}).get("uri", "").startswith("https://"):
                            err(persona, f"post {ts}: video thumbnail should be an absolute fbcdn URL")
                    for ex in md.get("photo_metadata", {}).get("exif_data", []):
                        if ex.get("taken_timestamp", 0) <= 0:
                            seen_garbage = True
                        if "latitude" in ex and ex["latitude"] == 0 and ex["longitude"] == 0:
                            seen_zero = True
        if first_media is not None:
            for ex in first_media.get("media_metadata", {}).get("photo_metadata", {}).get("exif_data", []):
                if ex.get("latitude") and ex.get("longitude"):      # 0 / 0 means "absent"
                    gps = (round(ex["latitude"], 6), round(ex["longitude"], 6))
        if geo is not None:
            if ts not in by_ts:
                err(persona, f"check-in post {ts} missing from check-ins.json")
                nid = str(ts)
            else:
                fbid, msg, pname, coord = by_ts[ts]
                used_checkins.add(ts)
                if coord != geo or msg != text:
                    err(persona, f"check-in {fbid}: check-ins.json disagrees with the post ({coord} vs {geo})")
                nid = fbid
        elif first_media is not None:
            nid = re.search(r"_n_(\d+)\.(?:jpg|mp4)$", first_media["uri"]).group(1)
        else:
            nid = str(ts)
        out[nid] = (zstamp(ts), text, geo, gps)
    if set(by_ts) - used_checkins:
        err(persona, "check-ins.json holds check-ins without a matching post")
    if not (seen_zero and seen_garbage and seen_video and seen_link):
        err(persona, f"quirks missing: lat/lon 0 {seen_zero}, garbage taken_timestamp {seen_garbage}, "
                     f"video {seen_video}, link {seen_link}")
    prof = fix_meta(json.loads(z.read(FB_PROFILE)))["profile_v2"]
    if not prof.get("work_experiences") or not all("employer" in w and "title" in w
                                                   for w in prof["work_experiences"]):
        err(persona, "profile_information needs a work history with employer and title")
    dms = {}
    for name in names:
        if re.match(r"your_facebook_activity/messages/inbox/[^/]+/message_1\.json$", name):
            t = fix_meta(json.loads(z.read(name)))
            ms = [m["timestamp_ms"] for m in t["messages"]]
            if ms != sorted(ms, reverse=True):
                err(persona, f"{name}: messages not newest first")
            dms[t["title"]] = {"n": len(t["messages"]),
                               "in": sum(1 for m in t["messages"] if m["sender_name"] == t["title"])}
    return out, {"dms": dms, "checkins": len(checkins)}


# --------------------------------------------------------------------------- Telegram Desktop

def tg_text(v):
    if isinstance(v, str):
        return v
    return "".join(x if isinstance(x, str) else x["text"] for x in v)


def read_telegram(z, persona, tzname):
    tz = ZoneInfo(tzname)
    names = set(z.namelist())
    raw = z.read("result.json")
    s = raw.decode("utf-8")
    if not s.startswith('{\n "about": "Here is the data you requested.'):
        err(persona, "result.json must start with tdesktop's one-space-indented about")
    if "\\u" in s.replace("\\u2028", "").replace("\\u2029", ""):
        err(persona, "tdesktop writes raw UTF-8, not \\u escapes")
    if not re.search(r'\n      "text_entities": \[\n       \{\n        "type": ', s):
        err(persona, "message fields should sit at tdesktop's nesting depth (6 spaces)")
    doc = json.loads(s)
    for k in ("about", "personal_information", "contacts", "frequent_contacts", "chats"):
        if k not in doc:
            err(persona, f"result.json lacks {k}")
    me = "user" + str(doc["personal_information"]["user_id"])
    chats = doc["chats"]["list"]
    types = [c["type"] for c in chats]
    for need in ("public_channel", "saved_messages", "personal_chat"):
        if need not in types:
            err(persona, f"no {need} chat")
    for c in chats:
        if c["type"] == "saved_messages" and "name" in c:
            err(persona, "saved_messages chats carry no name")
    out, dms = {}, {}
    kinds = {"string": 0, "array": 0, "venue": 0, "pin": 0, "live": 0, "photo": 0, "edited": 0, "reply": 0,
             "pin_message": 0, "forwarded": 0}
    for c in chats:
        for m in c["messages"]:
            ts = int(m["date_unixtime"])
            if m["date"] != datetime.fromtimestamp(ts, tz).strftime("%Y-%m-%dT%H:%M:%S"):
                err(persona, f"{c['type']} message {m['id']}: date is not the local time of date_unixtime")
            if tg_text(m["text"]) != "".join(e["text"] for e in m["text_entities"]):
                err(persona, f"message {m['id']}: text and text_entities disagree")
            if m["type"] == "service":
                kinds["pin_message"] += m.get("action") == "pin_message"
                continue
            if c["type"] == "personal_chat":
                d = dms.setdefault(f"user{c['id']}", {"n": 0, "in": 0})
                d["n"] += 1
                d["in"] += m["from_id"] != me
                continue
            if c["type"] != "public_channel":
                continue
            if m["from_id"] != f"channel{c['id']}":
                err(persona, f"channel post {m['id']}: from_id should be the channel")
            if "forwarded_from" in m:
                kinds["forwarded"] += 1
                continue
            kinds["string" if isinstance(m["text"], str) else "array"] += 1
            kinds["edited"] += "edited_unixtime" in m
            kinds["reply"] += "reply_to_message_id" in m
            if "photo" in m:
                kinds["photo"] += 1
                if m["photo"] not in names or not re.match(
                        r"chats/chat_\d{3}/photos/photo_\d+@\d\d-\d\d-\d{4}_\d\d-\d\d-\d\d\.jpg$", m["photo"]):
                    err(persona, f"channel post {m['id']}: photo {m['photo']} missing or misnamed")
            geo = None
            if "location_information" in m:
                li = m["location_information"]
                geo = (round(li["latitude"], 6), round(li["longitude"], 6))
                kinds["venue" if "place_name" in m else "live" if "live_location_period_seconds" in m
                      else "pin"] += 1
                if tg_text(m["text"]):
                    err(persona, f"location message {m['id']} carries text")
            out[str(m["id"])] = (zstamp(ts), tg_text(m["text"]), geo, None)
    if any(v == 0 for k, v in kinds.items() if k != "live"):
        err(persona, f"Telegram quirks not all exercised: {kinds}")
    return out, {"dms": dms, "forwarded": kinds["forwarded"]}


# --------------------------------------------------------------------------- LinkedIn (2018 generation)

LI18_SHORT = re.compile(r"^\d{1,2}/\d{1,2}/\d\d, \d{1,2}:\d\d (AM|PM)$")
ACT_RE = re.compile(r"^https://www\.linkedin\.com/feed/update/urn%3Ali%3Aactivity%3A(\d+)$")


def read_linkedin(z, persona):
    names = set(z.namelist())
    for need in ("Profile.csv", "Positions.csv", "Shares.csv", "Messages.csv", "Connections.csv",
                 "Phone Numbers.csv", "Email Addresses.csv", "Education.csv", "Skills.csv"):
        if need not in names:
            err(persona, f"missing {need}")
    for bad in ("messages.csv", "PhoneNumbers.csv", "Comments.csv"):
        if bad in names:
            err(persona, f"{bad} is a later generation's file name")
    raw = z.read("Shares.csv")
    if not raw.startswith(b"\xff\xfe"):
        err(persona, "Shares.csv must be UTF-16LE with a BOM")
    text = raw[2:].decode("utf-16-le")
    rows = list(csv.reader(io.StringIO(text), delimiter="\t"))
    again = io.StringIO()
    csv.writer(again, delimiter="\t", quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    if again.getvalue() != text:
        err(persona, "Shares.csv must quote every field and use tabs and \\n")
    if rows[0] != ["Date", "Share Title", "Share Description", "Share Link", "Share Commentary", "Shared URL",
                   "Media URL", "Type", "Visibility"]:
        err(persona, f"Shares.csv header {rows[0]}")
    out, prev, multiline, links, media = {}, None, 0, 0, 0
    for r in rows[1:]:
        date, title, desc, link, commentary, shared, murl, typ, vis = r
        ts = int(datetime.strptime(date, "%Y/%m/%d %H:%M:%S UTC").replace(tzinfo=UTC).timestamp())
        if prev is not None and ts > prev:
            err(persona, "Shares.csv not newest first")
        prev = ts
        mm = ACT_RE.match(link)
        if not mm:
            err(persona, f"Share Link {link!r}")
            continue
        aid = int(mm.group(1))
        if (aid >> 22) // 1000 != ts or (aid & 0xFFF) != 0:
            err(persona, f"activity {aid}: id time does not match Date (or low bits not 4096-aligned)")
        if typ != "Homepage" or vis not in ("Public", "Connections"):
            err(persona, f"activity {aid}: Type/Visibility {typ}/{vis}")
        if shared and not (title and desc):
            err(persona, f"activity {aid}: a link share carries Share Title and Description")
        multiline += "\n" in commentary
        links += bool(shared)
        media += bool(murl)
        out[str(aid)] = (zstamp(ts), commentary, None, None)
    if multiline < 3 or links < 3 or media < 3:
        err(persona, f"Shares.csv quirks: {multiline} multi-line, {links} links, {media} media")
    for name in names - {"Shares.csv"}:
        b = z.read(name)
        if b.startswith((b"\xff\xfe", b"\xef\xbb\xbf")):
            err(persona, f"{name}: only Shares.csv is UTF-16 in the 2018 export")
    prof = list(csv.reader(io.StringIO(z.read("Profile.csv").decode("utf-8"))))
    if prof[0][4:6] != ["Birth Date", "Contact Instructions"] or "Country" not in prof[0]:
        err(persona, "Profile.csv should have the 2018 header")
    if not re.fullmatch(r"[A-Z][a-z]{2} \d{1,2}, \d{4}", prof[1][4]):
        err(persona, "2018 Birth Date looks like 'Feb 17, 1998'")
    pos = list(csv.reader(io.StringIO(z.read("Positions.csv").decode("utf-8"))))
    if pos[0] != ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]:
        err(persona, f"Positions.csv header {pos[0]}")
    if not any(r[5] == "" for r in pos[1:]) or not any(re.fullmatch(r"\d{4}", r[4]) for r in pos[1:]) \
            or not any(r[0].endswith(" ") for r in pos[1:]) or not any("\n•" in r[2] for r in pos[1:]):
        err(persona, "Positions.csv should show the quirks: current job, year-only date, trailing space, bullets")
    conn = list(csv.reader(io.StringIO(z.read("Connections.csv").decode("utf-8"))))
    if conn[0] != ["First Name", "Last Name", "Email Address", "Company", "Position", "Connected On"] or \
            not all(LI18_SHORT.match(r[5]) for r in conn[1:]):
        err(persona, "Connections.csv should have the 2018 header and dates")
    msgs = list(csv.DictReader(io.StringIO(z.read("Messages.csv").decode("utf-8"))))
    mraw = z.read("Messages.csv").decode("utf-8")
    if not mraw.startswith("From,To,Date,Subject,Content,Direction,Folder\n"):
        err(persona, "Messages.csv should have the 2018 header")
    if "&rsquo;" not in mraw:
        err(persona, "Messages.csv should show HTML-escaped apostrophes from some senders")
    counts = {}
    for r in msgs:
        for who in (r["From"], r["To"]):
            counts[who] = counts.get(who, 0) + 1
    owner_name = max(counts, key=counts.get)
    dms, folders = {}, []
    for r in msgs:
        if not LI18_SHORT.match(r["Date"]):
            err(persona, f"Messages.csv Date {r['Date']!r}")
        if "\n" in r["Content"]:
            err(persona, "2018 Messages.csv content has its line breaks removed")
        out_msg = r["From"] == owner_name
        if r["Direction"] != ("OUTGOING" if out_msg else "INCOMING"):
            err(persona, f"Direction {r['Direction']} for a message from {r['From']}")
        if r["Folder"] not in ("INBOX", "SENT", "ARCHIVED") or (r["Folder"] == "SENT") != (
                out_msg and r["Folder"] != "ARCHIVED"):
            err(persona, f"Folder {r['Folder']} for {r['Direction']}")
        folders.append(r["Folder"])
        other = r["To"] if out_msg else r["From"]
        d = dms.setdefault(other, {"n": 0, "in": 0})
        d["n"] += 1
        d["in"] += not out_msg
    order = {"INBOX": 0, "SENT": 1, "ARCHIVED": 2}
    if [order[f] for f in folders] != sorted(order[f] for f in folders):
        err(persona, "Messages.csv groups INBOX, then SENT, then ARCHIVED")
    return out, {"dms": dms}


# --------------------------------------------------------------------------- Mastodon

class TextOf(HTMLParser):
    """Mastodon content HTML -> plain text: paragraphs split by a blank line, <br> by a newline."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.cur = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.cur.append("\n")

    def handle_endtag(self, tag):
        if tag == "p":
            self.paras.append("".join(self.cur))
            self.cur = []

    def handle_data(self, data):
        self.cur.append(data)

    def text(self):
        if self.cur:
            self.paras.append("".join(self.cur))
        return "\n\n".join(self.paras)


def masto_text(content):
    p = TextOf()
    p.feed(content)
    p.close()
    return p.text()


def read_mastodon(z, persona):
    names = set(z.namelist())
    for need in ("outbox.json", "actor.json", "likes.json", "bookmarks.json", "avatar.jpg", "header.jpeg"):
        if need not in names:
            err(persona, f"missing {need}")
    actor = json.loads(z.read("actor.json"))
    me = actor["id"]
    if actor.get("type") != "Person" or not any(a.get("type") == "PropertyValue" for a in actor["attachment"]):
        err(persona, "actor.json must be a Person with PropertyValue profile fields")
    box = json.loads(z.read("outbox.json"))
    if box.get("type") != "OrderedCollection" or box["totalItems"] < len(box["orderedItems"]):
        err(persona, "outbox.json must be an OrderedCollection with totalItems >= items")
    out, dms, boosts, entities, cws, polls, edits, prefixed = {}, {}, 0, 0, 0, 0, 0, 0
    prev = ""
    followers = me + "/followers"
    for it in box["orderedItems"]:
        if it["published"] < prev:
            err(persona, "outbox items not in time order")
        prev = it["published"]
        if it["type"] == "Announce":
            boosts += 1
            if not isinstance(it["object"], str):
                err(persona, "Announce object must be a URI string")
            continue
        obj = it["object"]
        sid = obj["id"].rsplit("/", 1)[1]
        ts = int(datetime.strptime(obj["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp())
        if (int(sid) >> 16) // 1000 != ts:
            err(persona, f"status {sid}: id time does not match published")
        if re.search(r"&(amp|quot|#39|lt|gt);", obj["content"]):
            entities += 1
        polls += obj["type"] == "Question"
        edits += "updated" in obj
        for a in obj["attachment"]:
            url = a["url"]
            if url.startswith("/") and not url.startswith("/media_attachments/"):
                prefixed += 1
            local = url[url.index("media_attachments/"):] if "media_attachments/" in url else url
            if local not in names:
                err(persona, f"status {sid}: attachment {url} not found in the archive")
        aud = obj["to"] + obj["cc"]
        text = masto_text(obj["content"])
        if AS_PUBLIC not in aud and followers not in aud:
            for rcpt in obj["to"]:
                d = dms.setdefault(rcpt, {"n": 0, "in": 1})
                d["n"] += 1
            if not any(t["type"] == "Mention" and t["href"] in obj["to"] for t in obj["tag"]):
                err(persona, f"direct status {sid} does not mention its recipient")
            continue
        alts = [a["name"] for a in obj["attachment"] if a.get("name")]
        body = "\n".join([text] + alts)
        if obj["summary"]:
            cws += 1
            if not obj["sensitive"]:
                err(persona, f"status {sid}: a content warning implies sensitive")
            body = obj["summary"] + "\n\n" + body
        out[sid] = (zstamp(ts), body, None, None)
    if entities < 3 or cws < 10 or polls < 1 or edits < 1 or prefixed < 5:
        err(persona, f"Mastodon quirks: entities {entities}, CWs {cws}, polls {polls}, edits {edits}, "
                     f"bucket-prefixed media {prefixed}")
    return out, {"boosts": boosts, "dms": dms}


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
        empty_ok = labels["platform"] == "telegram" and p["geo"] is not None
        if not isinstance(p["native_id"], str) or not isinstance(p["text"], str) or not (p["text"] or empty_ok):
            err(persona, "native_id and text must be strings (text empty only for Telegram location messages)")
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
        if labels["platform"] == "telegram" and p["photo_gps"] is not None:
            err(persona, "Telegram re-encodes photos: no photo GPS")
        if labels["platform"] == "telegram" and p["geo"] is not None and p["text"]:
            err(persona, "Telegram location messages carry no text")
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
        if platform == "facebook":
            got, extra = read_facebook(z, persona)
        elif platform == "telegram":
            got, extra = read_telegram(z, persona, labels["timezone"])
        elif platform == "linkedin":
            got, extra = read_linkedin(z, persona)
        else:
            got, extra = read_mastodon(z, persona)
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
        key = {"telegram": c["id"], "mastodon": c["id"]}.get(platform, c["name"])
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


OK_HOSTS = {"www.linkedin.com", "media.licdn.com", "www.w3.org", "w3id.org", "joinmastodon.org", "schema.org",
            "ostatus.org", "www.facebook.com", "telegram.org"}


def check_invented(persona, z, platform):
    for name in z.namelist():
        if name.endswith((".jpg", ".jpeg", ".mp4")):
            continue
        raw = z.read(name)
        if name == "Shares.csv":
            text = raw[2:].decode("utf-16-le")
        else:
            text = raw.decode("utf-8")
        if platform == "facebook" and name.endswith(".json"):
            text = json.dumps(fix_meta(json.loads(text)), ensure_ascii=False)
        for m in re.finditer(r"[\w.+-]+@([A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+)", text):
            dom = m.group(1)
            if platform == "mastodon" and dom.endswith(".example"):
                continue  # fediverse handles user@instance.example
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
