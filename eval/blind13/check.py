#!/usr/bin/env python3
"""Verifies the blind13 set. Independent of generate.py: it re-reads every archive with its own
readers (LinkedIn CSV quirks, Mastodon ActivityStreams HTML, X split window.YTD parts, Instagram's
older layout with Meta mojibake) and compares ids, UTC times, decoded text, geo and photo GPS with
the labels; checks the label/watchlist shapes against the dev set, the geo-labelling rules against
content/KEY.txt, the JPEGs, the invented-data rules, byte-identical regeneration, and runs the
scorer on an empty and a perfect report.  Exit status 0 only when everything passes.
"""
import csv
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
PERSONAS = ["p1-linkedin-avionics", "p2-mastodon-ew", "p3-x-marineeng", "p4-instagram-satcom"]
CATS = ("unit", "role", "location", "routine")
ALLOWED_LABELS = {"unit", "role", "location", "routine", "home"}
UTC = timezone.utc
AS_PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
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


# --------------------------------------------------------------------------- readers

def li_rows(raw, **fmt):
    return list(csv.reader(io.StringIO(raw), **fmt))


def li_unmangle(value):
    """Shares.csv: strip one stray leading and trailing quote per line of a multi-line commentary."""
    if "\n" not in value:
        return value
    out = []
    for line in value.split("\n"):
        if line.startswith('"'):
            line = line[1:]
        if line.endswith('"'):
            line = line[:-1]
        out.append(line)
    return "\n".join(out)


URN_RE = re.compile(r"urn%3Ali%3A(share|activity)%3A(\d+)$")


def read_linkedin(z, persona):
    names = set(z.namelist())
    for need in ("Profile.csv", "Positions.csv", "Shares.csv", "Comments.csv", "messages.csv", "Connections.csv"):
        if need not in names:
            err(persona, f"missing {need}")
    for name in names:
        raw = z.read(name)
        if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xef\xbb\xbf"):
            err(persona, f"{name}: the 2025 generation is UTF-8 without BOM")
    out = {}
    raw = z.read("Shares.csv").decode("utf-8")
    rows = li_rows(raw)
    if rows[0] != ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"]:
        err(persona, f"Shares.csv header {rows[0]}")
    multiline = 0
    prev = None
    for r in rows[1:]:
        date, link, commentary, shared, media, vis = r
        ts = int(datetime.strptime(date, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC).timestamp())
        if prev is not None and ts > prev:
            err(persona, "Shares.csv not newest first")
        prev = ts
        mm = URN_RE.search(link)
        if not mm:
            err(persona, f"ShareLink without urn: {link}")
            continue
        sid = mm.group(2)
        if (int(sid) >> 22) // 1000 != ts:
            err(persona, f"share {sid}: id time does not match Date")
        if "\n" in commentary:
            multiline += 1
            if '"\n"' not in commentary:
                err(persona, f"share {sid}: multi-line commentary without LinkedIn's stray quotes")
        if vis not in ("MEMBER_NETWORK", "CONNECTIONS_ONLY", "PUBLIC"):
            err(persona, f"share {sid}: visibility {vis}")
        out[sid] = (zstamp(ts), li_unmangle(commentary), None, None)
    if multiline < 10:
        err(persona, f"only {multiline} multi-line shares")
    craw = z.read("Comments.csv").decode("utf-8")
    if '""' in craw or '\\"' not in craw:
        err(persona, "Comments.csv must escape quotes with a backslash")
    crow = li_rows(craw, escapechar="\\", doublequote=False)
    if crow[0] != ["Date", "Link", "Message"]:
        err(persona, f"Comments.csv header {crow[0]}")
    for date, link, message in crow[1:]:
        ts = int(datetime.strptime(date, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC).timestamp())
        aid = URN_RE.search(link).group(2)
        if (int(aid) >> 22) // 1000 >= ts:
            err(persona, f"comment on {aid}: the commented post must be older than the comment")
        out[aid] = (zstamp(ts), message, None, None)
    pos = li_rows(z.read("Positions.csv").decode("utf-8"))
    if pos[0] != ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]:
        err(persona, f"Positions.csv header {pos[0]}")
    if not any(r[5] == "" for r in pos[1:]) or not any(re.fullmatch(r"\d{4}", r[4]) for r in pos[1:]) \
            or not any(r[0].endswith(" ") for r in pos[1:]) or not any("\n•" in r[2] for r in pos[1:]):
        err(persona, "Positions.csv should show the quirks: current job, year-only date, trailing space, bullets")
    prof = li_rows(z.read("Profile.csv").decode("utf-8"))
    if prof[0][:6] != ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline"]:
        err(persona, "Profile.csv header")
    conn = z.read("Connections.csv").decode("utf-8")
    if not conn.startswith("Notes:\n"):
        err(persona, "Connections.csv should start with LinkedIn's Notes preamble")
    msgs = list(csv.DictReader(io.StringIO(z.read("messages.csv").decode("utf-8"))))
    owner_url = None
    for row in msgs:
        if not row["DATE"].endswith(" UTC"):
            err(persona, "messages.csv DATE must end in ' UTC'")
    dms = {}
    urls = {}
    names_count = {}
    for row in msgs:
        for who, url in ((row["FROM"], row["SENDER PROFILE URL"]), (row["TO"], row["RECIPIENT PROFILE URLS"])):
            names_count[who] = names_count.get(who, 0) + 1
            urls[who] = url
    owner_name = max(names_count, key=names_count.get)
    owner_url = urls[owner_name]
    for row in msgs:
        other = row["TO"] if row["FROM"] == owner_name else row["FROM"]
        d = dms.setdefault(other, {"n": 0, "in": 0, "id": urls[other]})
        d["n"] += 1
        d["in"] += row["FROM"] != owner_name
    if not owner_url:
        err(persona, "owner profile url missing")
    return out, {"dms": dms}


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
    out, dms, boosts, entities = {}, {}, 0, 0
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
        for a in obj["attachment"]:
            if not a["url"].startswith("media_attachments/files/") or a["url"] not in names:
                err(persona, f"status {sid}: attachment {a['url']} missing")
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
        out[sid] = (zstamp(ts), "\n".join([text] + alts), None, None)
    if entities < 3:
        err(persona, "too few posts exercise HTML entities")
    return out, {"boosts": boosts, "dms": dms}


def read_ytd(raw):
    s = raw.decode("utf-8-sig")
    return json.loads(s[s.index("["):].rstrip().rstrip(";"))


def read_x(z, persona):
    names = set(z.namelist())
    out, rts, order = {}, 0, []
    manifest = z.read("data/manifest.js").decode("utf-8")
    man = json.loads(manifest[manifest.index("{"):])
    parts = man["dataTypes"]["tweets"]["files"]
    if [p["fileName"] for p in parts] != ["data/tweets.js", "data/tweets-part1.js"]:
        err(persona, "manifest must list data/tweets.js and data/tweets-part1.js")
    for i, part in enumerate(parts):
        raw = z.read(part["fileName"]).decode("utf-8")
        prefix = f'window.YTD.tweets.part{i} = [\n  {{\n    "tweet" : {{'
        if not raw.startswith(prefix):
            err(persona, f"{part['fileName']} must start {prefix!r}")
        if part["globalName"] != f"YTD.tweets.part{i}":
            err(persona, f"manifest globalName {part['globalName']}")
        recs = read_ytd(z.read(part["fileName"]))
        if int(part["count"]) != len(recs):
            err(persona, f"manifest count for {part['fileName']} is wrong")
        for rec in recs:
            t = rec["tweet"]
            if "edit_info" not in t:
                err(persona, f"tweet {t['id_str']}: X-era records carry edit_info")
            ts = int(datetime.strptime(t["created_at"], "%a %b %d %H:%M:%S %z %Y").timestamp())
            order.append(ts)
            snow_ms = (int(t["id_str"]) >> 22) + 1288834974657
            if not 0 <= snow_ms - ts * 1000 < 1000:
                err(persona, f"tweet {t['id_str']}: snowflake time does not match created_at")
            full = html.unescape(t["full_text"])
            if full.startswith("RT @"):
                rts += 1
                continue
            media = t.get("extended_entities", {}).get("media", [])
            if media:
                url = media[0]["url"]
                if not full.endswith(" " + url):
                    err(persona, f"tweet {t['id_str']}: media link not at the end")
                full = full[: -len(url) - 1]
                for m in media:
                    if m["type"] == "photo":
                        fname = m["media_url_https"].rsplit("/", 1)[1]
                    else:
                        best = [v for v in m["video_info"]["variants"] if v["content_type"] == "video/mp4"]
                        fname = best[0]["url"].rsplit("/", 1)[1].split("?")[0]
                        if t["entities"]["media"][0]["type"] != "photo":
                            err(persona, "entities.media of a GIF should say photo")
                    if f"data/tweets_media/{t['id_str']}-{fname}" not in names:
                        err(persona, f"missing media data/tweets_media/{t['id_str']}-{fname}")
            geo = None
            if t.get("coordinates"):
                lon, lat = t["coordinates"]["coordinates"]
                geo = (round(float(lat), 6), round(float(lon), 6))
                glat, glon = t["geo"]["coordinates"]
                if (round(float(glat), 6), round(float(glon), 6)) != geo:
                    err(persona, f"tweet {t['id_str']}: geo and coordinates disagree")
            elif t.get("place"):
                ring = t["place"]["bounding_box"]["coordinates"][0]
                if len({tuple(p) for p in ring}) == 1:
                    geo = (round(float(ring[0][1]), 6), round(float(ring[0][0]), 6))
            out[t["id_str"]] = (zstamp(ts), full, geo, None)
    if order != sorted(order, reverse=True):
        err(persona, "tweets must be newest first across tweets.js then tweets-part1.js")
    dms = {}
    uid = read_ytd(z.read("data/account.js"))[0]["account"]["accountId"]
    if not z.read("data/direct-messages.js").decode().startswith("window.YTD.direct_messages.part0 = ["):
        err(persona, "direct-messages.js prefix")
    for conv in read_ytd(z.read("data/direct-messages.js")):
        c = conv["dmConversation"]
        a, b = c["conversationId"].split("-")
        other = b if a == uid else a
        stamps = [m["messageCreate"]["createdAt"] for m in c["messages"]]
        if stamps != sorted(stamps, reverse=True):
            err(persona, f"DMs with {other} not newest first")
        dms[other] = {"n": len(c["messages"]),
                      "in": sum(1 for m in c["messages"] if m["messageCreate"]["senderId"] == other)}
    tzfile = read_ytd(z.read("data/account-timezone.js"))
    if not tzfile[0]["accountTimezone"].get("timeZone"):
        err(persona, "account-timezone.js has no timeZone")
    return out, {"retweets": rts, "dms": dms}


def read_instagram(z, persona):
    names = set(z.namelist())
    for name in names:
        if name.startswith(("your_instagram_activity/", "personal_information/")):
            err(persona, f"{name}: the older layout keeps content/ and account_information/ at the top")
        if name.endswith(".json") and any(b > 127 for b in z.read(name)):
            err(persona, f"{name}: Meta JSON must be ASCII with \\u00XX escapes")
    posts = fix_meta(json.loads(z.read("content/posts_1.json")))
    stories = fix_meta(json.loads(z.read("content/stories.json")))["ig_stories"]
    fix_meta(json.loads(z.read("account_information/personal_information.json")))["profile_user"][0]
    out = {}

    def gps_of(items):
        for it in items:
            for ex in it.get("media_metadata", {}).get("photo_metadata", {}).get("exif_data", []):
                if ex.get("latitude") and ex.get("longitude"):
                    return (round(ex["latitude"], 6), round(ex["longitude"], 6))
        return None

    for p in posts:
        media = p["media"]
        if len(media) > 1:
            if "title" not in p or "creation_timestamp" not in p or any(m["title"] for m in media):
                err(persona, "carousel must carry title/creation_timestamp at the top, empty media titles")
            ts, text = p["creation_timestamp"], p["title"]
        else:
            if "title" in p or "creation_timestamp" in p:
                err(persona, "single post must not have top-level title/creation_timestamp")
            ts, text = media[0]["creation_timestamp"], media[0]["title"]
        nid = re.search(r"_(\d+)\.jpg$", media[0]["uri"]).group(1)
        for m in media:
            if m["uri"] not in names or not m["uri"].startswith("media/posts/"):
                err(persona, f"missing media file {m['uri']}")
        out[nid] = (zstamp(ts), text, None, gps_of(media))
    for s in stories:
        nid = re.search(r"_(\d+)\.jpg$", s["uri"]).group(1)
        if s["uri"] not in names:
            err(persona, f"missing story file {s['uri']}")
        out[nid] = (zstamp(s["creation_timestamp"]), s["title"], None, gps_of([s]))
    dms = {}
    for name in names:
        if re.match(r"messages/inbox/[^/]+/message_1\.json$", name):
            t = fix_meta(json.loads(z.read(name)))
            dms[t["title"]] = {"n": len(t["messages"]),
                               "in": sum(1 for m in t["messages"] if m["sender_name"] == t["title"])}
    return out, {"dms": dms}


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
    geo_platform = labels["platform"] in ("x", "instagram")
    for p in labels["posts"]:
        local = datetime.strptime(p["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone(tz)
        labs = set(p["labels"])
        pts = [x for x in (pt(p["geo"]), pt(p["photo_gps"])) if x]
        if pts and not geo_platform:
            err(persona, f"{labels['platform']} keeps no coordinates, but {p['created_at']} has some")
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
        err(persona, f"revealing share {rev / n:.2f}, want 0.25-0.35")
    first, last = labels["posts"][0]["created_at"], labels["posts"][-1]["created_at"]
    years = (datetime.fromisoformat(last[:-1]) - datetime.fromisoformat(first[:-1])).days / 365.25
    if not 2 <= years <= 4:
        err(persona, f"span {years:.1f} years, want 2-4")
    for c in CATS:
        if not any(c in p["labels"] for p in labels["posts"]):
            err(persona, f"no {c} posts")
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
    if labels["timezone"] == "Europe/Dublin" and len(offs) != 2:
        err(persona, f"expected posts in both GMT and IST, got offsets {offs}")


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
        reader = {"linkedin": read_linkedin, "mastodon": read_mastodon, "x": read_x,
                  "instagram": read_instagram}[platform]
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
        key = {"x": c["id"], "mastodon": c["id"]}.get(platform, c["name"])
        if key not in dms:
            err(persona, f"contact {c['handle']} not found in the messages")
            continue
        if platform == "linkedin" and dms[key]["id"] != c["id"]:
            err(persona, f"contact {c['handle']} id {c['id']} != profile url {dms[key]['id']}")
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


OK_HOSTS = {"twitter.com", "mobile.twitter.com", "t.co", "pbs.twimg.com", "video.twimg.com", "api.twitter.com",
            "www.linkedin.com", "media.licdn.com", "www.w3.org", "w3id.org", "joinmastodon.org", "schema.org",
            "ostatus.org"}


def check_invented(persona, z, platform):
    for name in z.namelist():
        if name.endswith((".jpg", ".jpeg", ".mp4")):
            continue
        raw = z.read(name).decode("utf-8")
        if platform == "instagram" and name.endswith(".json"):
            raw = json.dumps(fix_meta(json.loads(raw)), ensure_ascii=False)
        for m in re.finditer(r"[\w.+-]+@([A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)+)", raw):
            dom = m.group(1)
            if platform == "mastodon" and dom.endswith(".example"):
                continue  # fediverse handles user@instance.example
            if dom != "example.com":
                err(persona, f"{name}: e-mail outside example.com: {m.group(0)}")
        for m in re.finditer(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])", raw):
            err(persona, f"{name}: IP address {m.group(1)}")
        for m in re.finditer(r"https?://([^/\s\"\\#?]+)", raw):
            host = m.group(1)
            if host not in OK_HOSTS and not host.endswith(".example"):
                err(persona, f"{name}: URL host {host} is neither a platform host nor .example")
        for m in re.finditer(r"\+\d{2,3}[ \d]{8,14}\d", raw):
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
    summary = []
    for persona in PERSONAS:
        lp = os.path.join(HERE, persona + ".labels.json")
        labels = json.load(open(lp, encoding="utf-8"))
        meta, places, _ = read_key(persona)
        check_shapes(persona, labels)
        n, rev, years = check_rules(persona, labels, places, meta)
        check_dst(persona, labels)
        extra = check_archive(persona, labels, os.path.join(HERE, labels["archive"]))
        check_watchlist(persona, labels)
        empty, perfect = check_scores(persona, labels)
        counts = {c: sum(1 for p in labels["posts"] if c in p["labels"]) for c in CATS + ("home",)}
        geo = sum(1 for p in labels["posts"] if p["geo"])
        gps = sum(1 for p in labels["posts"] if p["photo_gps"])
        sus = sum(1 for c in labels["contacts"] if c["suspicious"])
        note = ", ".join(f"{k} {v}" for k, v in extra.items() if k != "dms")
        summary.append(f"{persona}: {n} posts over {years:.1f} y, {rev} revealing ({rev / n:.1%}) {counts}, "
                       f"geo {geo}, photo_gps {gps}, contacts {len(labels['contacts'])} ({sus} suspicious)"
                       + (f", unlabelled {note}" if note else "")
                       + (f"\n    perfect: fpr={perfect['false_positive_rate']} "
                          f"found={[perfect['found_' + f] for f in ('unit', 'role', 'office', 'routine')]}"
                          if perfect else ""))
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
