#!/usr/bin/env python3
"""Builds the blind15 personas from content/KEY.txt.

For every persona KEY this writes, next to this script (or into --out DIR):
  KEY.zip             the archive as the platform ships it
  KEY.labels.json     the truth, same keys and shapes as the dev labels
  KEY.watchlist.toml  what the security officer would write down

Python 3 stdlib only, no network. Seeded per persona; rerunning gives
byte-identical files (sorted zip entries, one fixed timestamp per archive).
Helpers (KEY parser, time conversion, jitter, Meta printer, JPEG/MP4 stubs,
zip writer) are reused from blind14.
"""
import csv
import hashlib
import io
import json
import math
import os
import random
import re
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from urllib.parse import quote
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["p1-x-airdrop", "p2-instagram-securemail", "p3-facebook-armourrepair", "p4-linkedin-linguist"]
JITTER_M = {"office": 90, "home": 25, "routine": 45, "trip": 250, "work": 250, "other": 45}
MULTI = {"position", "education", "field", "work", "connection"}
UTC = timezone.utc
EXACT_MODES = {"checkin", "venue", "place"}          # a page / venue: the place's own fixed point
JITTER_MODES = {"gps", "pin", "live"}       # a phone's GPS fix: jittered around the place


# --------------------------------------------------------------------------- KEY.txt

def parse_key(path):
    meta, places, contacts, posts, dms, saved = {}, {}, {}, [], [], []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("@place "):
                parts = [p.strip() for p in line[len("@place "):].split("|")]
                key, kind, lat, lon, name = parts[:5]
                places[key] = {
                    "key": key, "kind": kind, "lat": float(lat), "lon": float(lon), "name": name,
                    "address": parts[5] if len(parts) > 5 else "",
                    "schedule": parts[6] if len(parts) > 6 else "",
                }
                continue
            if line.startswith("@contact "):
                parts = [p.strip() for p in line[len("@contact "):].split("|")]
                handle, name, cid, susp = parts[:4]
                contacts[handle] = {"handle": handle, "name": name,
                                    "id": None if cid == "-" else cid,
                                    "suspicious": susp == "yes", "order": len(contacts),
                                    "extra": parts[4:]}
                continue
            if line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                if k in MULTI:
                    meta.setdefault(k, []).append(v)
                else:
                    meta[k] = v.strip()
                continue
            parts = line.rstrip().split(" | ", 4)
            if len(parts) == 4 and line.rstrip().endswith(" |"):
                parts = line.rstrip()[:-2].split(" | ", 3) + [""]
            if len(parts) != 5:
                raise SystemExit(f"{path}:{lineno}: expected 5 fields: {line!r}")
            when, labels, geo, kind, text = [p.strip() for p in parts]
            text = text.replace("\\n", "\n")
            local = datetime.strptime(when, "%Y-%m-%d %H:%M")
            if labels == "dm":
                dms.append({"local": local, "handle": geo, "dir": kind, "text": text, "line": lineno})
                continue
            if labels == "saved":
                saved.append({"local": local, "kind": kind, "text": text, "line": lineno, "geo": None})
                continue
            labs = [] if labels == "-" else sorted(set(labels.split(",")))
            posts.append({"local": local, "labels": labs, "geo": None if geo == "-" else geo,
                          "kind": kind, "text": text, "line": lineno})
    return {"meta": meta, "places": places, "contacts": contacts, "posts": posts, "dms": dms, "saved": saved}


def jitter(rng, lat, lon, radius_m):
    d = radius_m * math.sqrt(rng.random())
    a = rng.random() * 2 * math.pi
    dlat = d * math.cos(a) / 111_320.0
    dlon = d * math.sin(a) / (111_320.0 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


def to_utc(local_naive, tz):
    aware = local_naive.replace(tzinfo=tz)
    back = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if back != local_naive:
        raise SystemExit(f"non-existent local time {local_naive} in {tz}")
    return aware.astimezone(UTC)


def iso_z(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def prepare(doc, seed):
    """Seconds, UTC time and geo points for every post and message, in file order.

    A post's geo field is '-' or '+'-joined specs MODE:KEY (checkin/venue = the place's own point,
    gps/pin/live = a phone fix jittered around the place) or 'gps0' (exif latitude/longitude 0 = absent)."""
    rng = random.Random(seed)
    tz = ZoneInfo(doc["meta"]["timezone"])
    for p in doc["posts"]:
        p["local"] = p["local"].replace(second=rng.randrange(60))
        p["utc"] = to_utc(p["local"], tz)
        p["ts"] = int(p["utc"].timestamp())
        p["specs"] = []
        for spec in (p["geo"] or "").split("+"):
            if not spec:
                continue
            if spec == "gps0":
                p["specs"].append({"mode": "gps0", "place": None, "point": None})
                continue
            mode, _, key = spec.partition(":")
            place = doc["places"][key]
            if mode in EXACT_MODES:
                point = (place["lat"], place["lon"])
            elif mode in JITTER_MODES:
                point = jitter(rng, place["lat"], place["lon"], JITTER_M[place["kind"]])
            else:
                raise SystemExit(f"line {p['line']}: unknown geo mode {mode}")
            p["specs"].append({"mode": mode, "place": place, "point": point})
    for m in doc["dms"] + doc["saved"]:
        m["local"] = m["local"].replace(second=rng.randrange(60))
        m["utc"] = to_utc(m["local"], tz)
        m["ts"] = int(m["utc"].timestamp())
    seen = {}
    for p in doc["posts"]:
        if p["ts"] in seen:
            raise SystemExit(f"two posts at the same second: lines {seen[p['ts']]} and {p['line']}")
        seen[p["ts"]] = p["line"]
    return rng


def spec(p, *modes):
    for s in p["specs"]:
        if s["mode"] in modes:
            return s
    return None


# --------------------------------------------------------------------------- helpers

def mojibake(s):
    """Meta's export bug: UTF-8 bytes written as \\u00XX escapes."""
    return s.encode("utf-8").decode("latin-1")


def meta_json(o, ind=0):
    """Meta's pretty printer: 2-space indent, '": "', empty containers hold a blank line."""
    sp = " " * ind
    if isinstance(o, dict):
        if not o:
            return "{\n" + sp + "  \n" + sp + "}"
        items = [sp + "  " + json.dumps(mojibake(k)) + ": " + meta_json(v, ind + 2) for k, v in o.items()]
        return "{\n" + ",\n".join(items) + "\n" + sp + "}"
    if isinstance(o, list):
        if not o:
            return "[\n" + sp + "  \n" + sp + "]"
        items = [sp + "  " + meta_json(v, ind + 2) for v in o]
        return "[\n" + ",\n".join(items) + "\n" + sp + "]"
    if isinstance(o, str):
        return json.dumps(mojibake(o))
    return json.dumps(o)


# ---- JPEG: tiny valid baseline JFIF, 16x16 grey, no EXIF -------------------

def _huff_codes(bits, vals):
    codes, code, k = {}, 0, 0
    for length in range(1, 17):
        for _ in range(bits[length - 1]):
            codes[vals[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]
DC_VALS = list(range(12))
AC_BITS = [1] + [0] * 15
AC_VALS = [0x00]  # only end-of-block
DC_CODES = _huff_codes(DC_BITS, DC_VALS)
AC_CODES = _huff_codes(AC_BITS, AC_VALS)


def make_jpeg(rng, w=16, h=16):
    def seg(marker, payload):
        return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload
    out = bytearray(b"\xff\xd8")
    out += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += seg(0xDB, bytes([0x00]) + bytes([8] * 64))
    out += seg(0xC0, bytes([8]) + h.to_bytes(2, "big") + w.to_bytes(2, "big") + bytes([1, 1, 0x11, 0]))
    out += seg(0xC4, bytes([0x00]) + bytes(DC_BITS) + bytes(DC_VALS))
    out += seg(0xC4, bytes([0x10]) + bytes(AC_BITS) + bytes(AC_VALS))
    out += seg(0xDA, bytes([1, 1, 0x00, 0, 63, 0]))
    bits = []

    def put(value, n):
        for i in range(n - 1, -1, -1):
            bits.append((value >> i) & 1)
    prev = 0
    for _ in range((w // 8) * (h // 8)):
        dc = rng.randint(-60, 60)
        diff, prev = dc - prev, dc
        cat = abs(diff).bit_length()
        code, ln = DC_CODES[cat]
        put(code, ln)
        if cat:
            put(diff if diff > 0 else diff + (1 << cat) - 1, cat)
        code, ln = AC_CODES[0x00]
        put(code, ln)
    while len(bits) % 8:
        bits.append(1)
    for i in range(0, len(bits), 8):
        byte = int("".join(map(str, bits[i:i + 8])), 2)
        out.append(byte)
        if byte == 0xFF:
            out.append(0x00)
    out += b"\xff\xd9"
    return bytes(out)


def make_mp4(rng):
    """A minimal ISO-BMFF stub: ftyp + free + mdat."""
    def box(kind, payload):
        return (8 + len(payload)).to_bytes(4, "big") + kind + payload
    return (box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41") + box(b"free", b"")
            + box(b"mdat", bytes(rng.randrange(256) for _ in range(64))))


def write_zip(path, files, stamp):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            info.create_system = 3
            data = files[name]
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def label_post(p, native_id, text, geo=None, photo=None):
    return {
        "created_at": iso_z(p["utc"]),
        "native_id": str(native_id),
        "labels": p["labels"],
        "text": text,
        "geo": None if geo is None else {"lat": geo[0], "lon": geo[1]},
        "photo_gps": None if photo is None else {"lat": photo[0], "lon": photo[1]},
    }


def owner(doc):
    user, name, uid = [x.strip() for x in doc["meta"]["owner"].split("|")]
    return user, name, uid


def dm_threads(doc):
    threads = {}
    for m in doc["dms"]:
        threads.setdefault(m["handle"], []).append(m)
    for h in threads:
        if h not in doc["contacts"]:
            raise SystemExit(f"DM with unknown contact {h}")
        threads[h].sort(key=lambda m: m["ts"])
    return threads


def unescape_nl(s):
    return s.replace("\\n", "\n")


def ts_of(day, tzname, hh=12):
    """Epoch seconds of a local calendar day (YYYY-MM-DD) at hh:00."""
    d = datetime.strptime(day, "%Y-%m-%d").replace(hour=hh, tzinfo=ZoneInfo(tzname))
    return int(d.timestamp())
# --------------------------------------------------------------------------- X / Twitter (2020-early 2022 generation)

TWITTER_EPOCH_MS = 1288834974657


def jackson(o, ind=0):
    """Twitter's archive printer (Jackson's default pretty printer): ' : ', arrays inline '[ a, b ]',
    objects one key a line with 2-space indent, empty containers '[ ]' / '{ }'."""
    sp = " " * ind
    if isinstance(o, dict):
        if not o:
            return "{ }"
        return "{\n" + ",\n".join(sp + "  " + json.dumps(k, ensure_ascii=False) + " : " + jackson(v, ind + 2)
                                  for k, v in o.items()) + "\n" + sp + "}"
    if isinstance(o, list):
        if not o:
            return "[ ]"
        return "[ " + ", ".join(jackson(v, ind) for v in o) + " ]"
    if isinstance(o, bool):
        return "true" if o else "false"
    if o is None:
        return "null"
    if isinstance(o, str):
        return json.dumps(o, ensure_ascii=False)
    return json.dumps(o)


def ytd(name, items):
    return f"window.YTD.{name} = " + jackson(items)


def snowflake(rng, ts_ms):
    return str(((ts_ms - TWITTER_EPOCH_MS) << 22) | rng.randrange(1 << 22))


def x_date(ts):
    return datetime.fromtimestamp(ts, UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")


def x_iso(ts_ms):
    return datetime.fromtimestamp(ts_ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts_ms % 1000:03d}Z"


def html_min(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


TCO = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def build_x(doc, rng, persona):
    user, name, uid = owner(doc)
    m = doc["meta"]
    files, labels, tweets = {}, [], []
    sources = {"android": '<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>',
               "web": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>'}
    people = {}
    for line in m.get("mention", "").split(";"):
        if line.strip():
            sn, nm, pid = [x.strip() for x in line.split("|")]
            people[sn.lower()] = (sn, nm, pid)
    for c in doc["contacts"].values():
        people.setdefault(c["handle"].lower(), (c["handle"], c["name"], c["id"]))
    places = {}

    def place_obj(pl):
        if pl["key"] not in places:
            places[pl["key"]] = "%016x" % rng.getrandbits(64)
        city, _, country = pl["address"].partition(",")
        d = 0.06
        box = [[[round(pl["lon"] - d, 6), round(pl["lat"] - d, 6)], [round(pl["lon"] + d, 6), round(pl["lat"] - d, 6)],
                [round(pl["lon"] + d, 6), round(pl["lat"] + d, 6)], [round(pl["lon"] - d, 6), round(pl["lat"] + d, 6)]]]
        return {"name": city.strip(), "full_name": pl["name"], "country_code": m["country_code"],
                "country": country.strip(), "place_type": "city", "attributes": {}, "id": places[pl["key"]],
                "url": f"https://api.twitter.com/1.1/geo/id/{places[pl['key']]}.json",
                "bounding_box": {"type": "Polygon", "coordinates": [[[str(a), str(b)] for a, b in box[0]]]}}

    prev_id = None
    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        kind, text = p["kind"], p["text"]
        ts_ms = p["ts"] * 1000 + rng.randrange(1000)
        tid = snowflake(rng, ts_ms)
        ent = {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}
        ext = None
        reply = None
        body = text
        if kind.startswith("link:"):
            url = kind[5:]
            short = "https://t.co/" + "".join(rng.choice(TCO) for _ in range(10))
            body = text + " " + short
            s = len(text) + 1
            ent["urls"].append({"url": short, "expanded_url": url, "display_url": url.split("//", 1)[1][:26] +
                                ("…" if len(url.split("//", 1)[1]) > 26 else ""), "indices": [str(s), str(s + len(short))]})
        elif kind.startswith("reply:"):
            reply = people[kind[6:].lower()]
        n_photo = 0
        if kind.startswith("photo"):
            n_photo = int(kind.split(":")[1]) if ":" in kind else 1
        for mm in re.finditer(r"(?<![\w&])#(\w+)", text):
            ent["hashtags"].append({"text": mm.group(1), "indices": [str(mm.start()), str(mm.end())]})
        for mm in re.finditer(r"(?<![\w])@(\w{2,15})", text):
            if mm.group(1).lower() in people:
                sn, nm, pid = people[mm.group(1).lower()]
                ent["user_mentions"].append({"name": nm, "screen_name": sn, "indices": [str(mm.start()), str(mm.end())],
                                             "id_str": pid, "id": pid})
        shown_end = len(body)
        if n_photo:
            short = "https://t.co/" + "".join(rng.choice(TCO) for _ in range(10))
            s = len(body) + 1
            body = body + " " + short
            media = []
            for i in range(n_photo):
                mid = snowflake(rng, ts_ms - rng.randint(2000, 60000))
                base = "".join(rng.choice(TCO + "-_") for _ in range(15))
                files[f"data/tweet_media/{tid}-{base}.jpg"] = make_jpeg(rng)
                w, hh = rng.choice([(1200, 1600), (1600, 1200), (2048, 1536)])
                media.append({"expanded_url": f"https://twitter.com/{user}/status/{tid}/photo/{i + 1}",
                              "indices": [str(s), str(s + len(short))], "url": short,
                              "media_url": f"http://pbs.twimg.com/media/{base}.jpg", "id_str": mid, "id": mid,
                              "media_url_https": f"https://pbs.twimg.com/media/{base}.jpg",
                              "sizes": {"thumb": {"w": "150", "h": "150", "resize": "crop"},
                                        "medium": {"w": str(w * 1200 // max(w, hh)), "h": str(hh * 1200 // max(w, hh)), "resize": "fit"},
                                        "small": {"w": str(w * 680 // max(w, hh)), "h": str(hh * 680 // max(w, hh)), "resize": "fit"},
                                        "large": {"w": str(w), "h": str(hh), "resize": "fit"}},
                              "type": "photo", "display_url": "pic.twitter.com/" + short[-10:]})
            ent["media"] = [media[0]]
            ext = {"media": media}
        tw = {"retweeted": False, "source": sources["web" if rng.random() < 0.12 else "android"], "entities": ent,
              "display_text_range": ["0", str(shown_end)], "favorite_count": str(rng.choice([0, 0, 1, 2, 3, 5, 8, 12])),
              }
        if reply:
            sn, nm, pid = reply
            tw["in_reply_to_status_id_str"] = snowflake(rng, ts_ms - rng.randint(60000, 7200000))
            tw["in_reply_to_status_id"] = tw["in_reply_to_status_id_str"]
            tw["in_reply_to_user_id"] = pid
            tw["in_reply_to_user_id_str"] = pid
            tw["in_reply_to_screen_name"] = sn
        tw.update({"id_str": tid, "truncated": False, "retweet_count": str(rng.choice([0, 0, 0, 1, 2])), "id": tid})
        if n_photo or kind.startswith("link:"):
            tw["possibly_sensitive"] = False
        tw.update({"created_at": x_date(p["ts"]), "favorited": False, "full_text": html_min(body),
                   "lang": m.get("lang", "en")})
        if ext:
            tw["extended_entities"] = ext
        g = spec(p, "gps")
        pl = spec(p, "place")
        if g is not None:
            lat, lon = g["point"]
            tw["geo"] = {"type": "Point", "coordinates": [str(lat), str(lon)]}
            tw["coordinates"] = {"type": "Point", "coordinates": [str(lon), str(lat)]}
            local_kinds = ("office", "home", "routine")
            tw["place"] = place_obj(doc["places"][m["home_city"]] if g["place"]["kind"] in local_kinds else g["place"])
        elif pl is not None:
            tw["place"] = place_obj(pl["place"])
        tweets.append({"tweet": tw})
        labels.append(label_post(p, tid, body, geo=None if g is None else g["point"]))
        prev_id = tid
    # newest first, split into two parts like a large 2021 archive
    tweets.reverse()
    cut = int(m.get("part0_count", len(tweets)))
    files["data/tweet.js"] = ytd("tweet.part0", tweets[:cut])
    parts = [("data/tweet.js", "YTD.tweet.part0", cut)]
    if tweets[cut:]:
        files["data/tweet-part1.js"] = ytd("tweet.part1", tweets[cut:])
        parts.append(("data/tweet-part1.js", "YTD.tweet.part1", len(tweets) - cut))
    created = m["account_created"]
    files["data/account.js"] = ytd("account.part0", [{"account": {
        "email": m["email"], "createdVia": "android", "username": user, "accountId": uid,
        "createdAt": created, "accountDisplayName": name}}])
    files["data/account-timezone.js"] = ytd("account_timezone.part0", [{"accountTimezone": {
        "accountId": uid, "timeZone": m["x_timezone"]}}])
    files["data/profile.js"] = ytd("profile.part0", [{"profile": {
        "description": {"bio": m["bio"], "website": "", "location": m["profile_location"]},
        "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/{digits(rng, 19)}/{''.join(rng.choice(TCO) for _ in range(8))}.jpg"}}])
    files["data/phone-number.js"] = ytd("phone_number.part0", [{"device": {"phoneNumber": m["phone"]}}])
    files["data/ageinfo.js"] = ytd("ageinfo.part0", [{"ageMeta": {"ageInfo": {"age": [m["age"]], "birthDate": m["birthday"]}}}])
    # direct messages: one conversation per contact, newest first
    convs = []
    for hd, msgs in dm_threads(doc).items():
        c = doc["contacts"][hd]
        a, b = sorted([uid, c["id"]], key=int)
        out = []
        for msg in sorted(msgs, key=lambda x: -x["ts"]):
            mine = msg["dir"] == "out"
            ms = msg["ts"] * 1000 + rng.randrange(1000)
            out.append({"messageCreate": {"recipientId": c["id"] if mine else uid, "reactions": [], "urls": [],
                                          "text": msg["text"], "mediaUrls": [], "senderId": uid if mine else c["id"],
                                          "id": snowflake(rng, ms), "createdAt": x_iso(ms)}})
        convs.append((msgs[-1]["ts"], {"dmConversation": {"conversationId": f"{a}-{b}", "messages": out}}))
    convs.sort(key=lambda x: -x[0])
    files["data/direct-messages.js"] = ytd("direct_messages.part0", [x[1] for x in convs])
    files["data/direct-messages-group.js"] = ytd("direct_messages_group.part0", [])
    files["data/deleted-tweet.js"] = ytd("deleted_tweet.part0", [])
    dtypes = {"account": {"files": [{"fileName": "data/account.js", "globalName": "YTD.account.part0", "count": "1"}]},
              "accountTimezone": {"files": [{"fileName": "data/account-timezone.js", "globalName": "YTD.account_timezone.part0", "count": "1"}]},
              "ageinfo": {"files": [{"fileName": "data/ageinfo.js", "globalName": "YTD.ageinfo.part0", "count": "1"}]},
              "deletedTweets": {"mediaDirectory": "data/deleted_tweets_media", "files": [{"fileName": "data/deleted-tweet.js", "globalName": "YTD.deleted_tweet.part0", "count": "0"}]},
              "directMessages": {"mediaDirectory": "data/direct_messages_media", "files": [{"fileName": "data/direct-messages.js", "globalName": "YTD.direct_messages.part0", "count": str(len(convs))}]},
              "directMessagesGroup": {"mediaDirectory": "data/direct_messages_group_media", "files": [{"fileName": "data/direct-messages-group.js", "globalName": "YTD.direct_messages_group.part0", "count": "0"}]},
              "phoneNumber": {"files": [{"fileName": "data/phone-number.js", "globalName": "YTD.phone_number.part0", "count": "1"}]},
              "profile": {"mediaDirectory": "data/profile_media", "files": [{"fileName": "data/profile.js", "globalName": "YTD.profile.part0", "count": "1"}]},
              "tweet": {"mediaDirectory": "data/tweet_media", "files": [{"fileName": f, "globalName": g, "count": str(n)} for f, g, n in parts]}}
    size = sum(len(v) if isinstance(v, bytes) else len(v.encode()) for v in files.values())
    files["data/manifest.js"] = "window.__THAR_CONFIG = " + jackson({
        "userInfo": {"accountId": uid, "userName": user, "displayName": name},
        "archiveInfo": {"sizeBytes": str(size), "generationDate": m["export"] + "T06:12:40.118Z",
                        "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": dtypes})
    files["data/README.txt"] = ("Twitter Archive\n\nThe data in this archive is described below. Each file is a JavaScript "
                                "file whose contents are assigned to a global variable; see manifest.js.\n")
    files["Your archive.html"] = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Your archive</title></head><body></body></html>\n"
    return files, labels


# --------------------------------------------------------------------------- Instagram (2024 layout)

IG_LENSES = [("Apple", "iPhone 12 back dual wide camera 4.2mm f/1.6"), ("Apple", "iPhone 14 Pro back triple camera 6.86mm f/1.78")]


def ig_name(rng):
    return (f"{digits(rng, 9)}_{digits(rng, 16)}_{digits(rng, 19)}_n_", digits(rng, 17, "1"))


def build_instagram(doc, rng, persona):
    user, name, uid = owner(doc)
    m = doc["meta"]
    tz = ZoneInfo(m["timezone"])
    device = "".join(rng.choice("0123456789ABCDEF") for _ in range(8)) + "-" + "-".join(
        "".join(rng.choice("0123456789ABCDEF") for _ in range(k)) for k in (4, 4, 4, 12))
    files, labels, posts, stories = {}, [], [], []

    def media_item(p, folder, idx, gps):
        stem, mid = ig_name(rng)
        month = datetime.fromtimestamp(p["ts"], tz).strftime("%Y%m")
        uri = f"media/{folder}/{month}/{stem}{mid}.jpg"
        files[uri] = make_jpeg(rng)
        taken = p["ts"] - rng.randint(60, 5400) - idx * rng.randint(5, 90)
        camera = gps is not None or rng.random() < 0.6
        if camera:
            lmake, lmodel = IG_LENSES[0 if p["local"].year < 2023 else 1]
            local = datetime.fromtimestamp(taken, tz).strftime("%Y:%m:%d %H:%M:%S")
            ex = {"scene_capture_type": "standard", "software": f"{16 + p['local'].year - 2022}.{rng.randint(0, 6)}",
                  "device_id": device, "scene_type": 1, "camera_position": "back", "source_type": "camera",
                  "date_time_digitized": local, "date_time_original": local, "lens_make": lmake, "lens_model": lmodel,
                  "focal_length": lmodel.split()[-2][:-2], "iso": rng.choice([32, 50, 64, 100, 200, 400]),
                  "aperture": rng.choice(["1.356", "1.696", "2.275"]), "shutter_speed": rng.choice(["6.643", "8.966", "5.059"]),
                  "metering_mode": "5"}
            if gps is not None and idx == 0:
                ex["latitude"] = gps[0]
                ex["longitude"] = gps[1]
            meta = {"photo_metadata": {"exif_data": [ex]}, "camera_metadata": {"has_camera_metadata": True}}
        else:
            meta = {"photo_metadata": {"exif_data": [{"source_type": "library"}]},
                    "camera_metadata": {"has_camera_metadata": False}}
        return mid, {"uri": uri, "creation_timestamp": p["ts"] - idx, "media_metadata": meta}

    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        kind, text = p["kind"], p["text"]
        g = spec(p, "gps")
        gps = None if g is None else g["point"]
        if kind == "story":
            mid, item = media_item(p, "stories", 0, gps)
            item["title"] = text
            item["cross_post_source"] = {"source_app": "FB"}
            stories.append((p["ts"], item))
        elif kind.startswith("carousel:"):
            n = int(kind.split(":")[1])
            items = []
            for i in range(n):
                mi, item = media_item(p, "posts", i, gps)
                mid = mid if i else mi
                item["title"] = ""
                item["cross_post_source"] = {"source_app": "FB"}
                items.append(item)
            posts.append((p["ts"], {"media": items, "title": text, "creation_timestamp": p["ts"]}))
        elif kind == "post":
            mid, item = media_item(p, "posts", 0, gps)
            item["title"] = text
            item["cross_post_source"] = {"source_app": "FB"}
            posts.append((p["ts"], {"media": [item]}))
        else:
            raise SystemExit(f"instagram: unknown kind {kind}")
        labels.append(label_post(p, mid, text, photo=gps))
    posts.sort(key=lambda x: -x[0])
    stories.sort(key=lambda x: -x[0])
    act = "your_instagram_activity"
    files[f"{act}/content/posts_1.json"] = meta_json([x[1] for x in posts])
    files[f"{act}/content/stories.json"] = meta_json({"ig_stories": [x[1] for x in stories]})
    pic_ts = ts_of(m["profile_photo_day"], m["timezone"], 20)
    pic = f"media/profile/{datetime.fromtimestamp(pic_ts, tz).strftime('%Y%m')}/{''.join(ig_name(rng))}.jpg"
    files[pic] = make_jpeg(rng)

    def smd(v, ts=0, href=""):
        return {"href": href, "value": v, "timestamp": ts}
    files["personal_information/personal_information/personal_information.json"] = meta_json({"profile_user": [{
        "title": "", "media_map_data": {"Profile Photo": {"uri": pic, "creation_timestamp": pic_ts, "title": ""}},
        "string_map_data": {"Email": smd(m["email"]), "Phone Confirmed": smd("True"), "Phone Number": smd(m["phone"]),
                            "Username": smd(user), "Name": smd(name), "Bio": smd(unescape_nl(m["bio"])),
                            "Gender": smd(m["gender"]), "Date of birth": smd(m["birthday"]),
                            "Private Account": smd("False"), "Website": smd("")}}]})
    files["personal_information/information_about_you/account_based_in.json"] = meta_json({
        "inferred_data_primary_location": [{"title": "", "media_map_data": {},
                                            "string_map_data": {"City Name": smd(m["based_in"])}}]})
    files["personal_information/personal_information/professional_information.json"] = meta_json({"profile_business": []})
    for hd, msgs in dm_threads(doc).items():
        c = doc["contacts"][hd]
        folder = f"{re.sub(r'[^a-z0-9]', '', hd.lower())}_{digits(rng, 17, '1')}"
        out = [{"sender_name": name if x["dir"] == "out" else c["name"],
                "timestamp_ms": x["ts"] * 1000 + rng.randrange(1000), "content": x["text"],
                "is_geoblocked_for_viewer": False} for x in sorted(msgs, key=lambda x: -x["ts"])]
        files[f"{act}/messages/inbox/{folder}/message_1.json"] = meta_json({
            "participants": [{"name": c["name"]}, {"name": name}], "messages": out, "title": c["name"],
            "is_still_participant": True, "thread_path": f"inbox/{folder}", "magic_words": []})
    return files, labels


# --------------------------------------------------------------------------- Facebook (older layout, 2018-2021)

FB_CAMERAS_OLD = [("OPPO", "OPPO R11"), ("HUAWEI", "VKY-AL00"), ("HUAWEI", "ELE-AL00")]


def build_facebook_old(doc, rng, persona):
    user, name, uid = owner(doc)
    m = doc["meta"]
    tzname = m["timezone"]
    files, labels, posts_out, album = {}, [], [], []
    album_dir = f"photos_and_videos/MobileUploads_{''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(10))}"
    page_ids = {}

    def exif(p, gps_spec, idx, garbage=False):
        taken = p["ts"] - rng.randint(30, 900) - idx * rng.randint(5, 60)
        make, model = FB_CAMERAS_OLD[0 if p["local"].year < 2019 else (1 if p["local"].year < 2020 else 2)]
        ex = {}
        if gps_spec is not None and idx == 0:
            if gps_spec["mode"] == "gps0":
                ex["latitude"], ex["longitude"] = 0.0, 0.0
            else:
                ex["latitude"], ex["longitude"] = gps_spec["point"]
        ex["taken_timestamp"] = -62169958800 if garbage else taken
        ex["modified_timestamp"] = taken
        ex["camera_make"] = make
        ex["camera_model"] = model
        ex["exposure"] = rng.choice(["1/50", "1/100", "1/250", "1/640"])
        ex["focal_length"] = rng.choice(["3.95", "4.46", "5.58"])
        ex["f_stop"] = rng.choice(["1.7", "1.8", "2.2"])
        ex["iso_speed"] = rng.choice([50, 100, 160, 320, 640])
        ex["orientation"] = rng.choice([1, 1, 6])
        ex["original_width"], ex["original_height"] = rng.choice([(4000, 3000), (3000, 4000), (3968, 2976)])
        return ex

    garbage_done = False
    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        kind, text = p["kind"], p["text"]
        chk = spec(p, "checkin")
        gps = spec(p, "gps", "gps0")
        attachments, native, photo_point = [], None, None
        title = m["title_status"].format(name=name)
        if kind.startswith("photo"):
            n = int(kind.split(":")[1]) if ":" in kind else 1
            title = m["title_photo"].format(name=name, n=n)
            for i in range(n):
                pid = "10" + digits(rng, 15, "0123456789")
                uri = f"{album_dir}/{digits(rng, 8)}_{pid}_{digits(rng, 19)}_n_{pid}.jpg"
                files[uri] = make_jpeg(rng)
                garbage = (not garbage_done and gps is None and chk is None and i == 0 and p["local"].year == 2019)
                garbage_done = garbage_done or garbage
                media = {"uri": uri, "creation_timestamp": p["ts"] - (n - 1 - i),
                         "media_metadata": {"photo_metadata": {"exif_data": [exif(p, gps, i, garbage)]}},
                         "title": m["album_title"]}
                if i == 0:
                    media["description"] = text
                attachments.append({"data": [{"media": media}]})
                album.append(media)
                native = native or pid
            if gps is not None and gps["mode"] == "gps":
                photo_point = gps["point"]
        elif kind == "video":
            title = m["title_video"].format(name=name)
            pid = "10" + digits(rng, 15, "0123456789")
            uri = f"{album_dir.replace('MobileUploads', 'videos')}/{digits(rng, 8)}_{pid}_{digits(rng, 19)}_n_{pid}.mp4"
            files[uri] = make_mp4(rng)
            attachments.append({"data": [{"media": {
                "uri": uri, "creation_timestamp": p["ts"],
                "media_metadata": {"video_metadata": {"exif_data": [{"upload_timestamp": 0}]}},
                "thumbnail": {"uri": uri[:-4] + "_thumb.jpg"}, "title": "", "description": text}}]})
            files[uri[:-4] + "_thumb.jpg"] = make_jpeg(rng)
            native = pid
        elif kind.startswith("link:"):
            title = m["title_link"].format(name=name)
            attachments.append({"data": [{"external_context": {"url": kind.split(":", 1)[1]}}]})
        elif kind != "status":
            raise SystemExit(f"facebook: unknown kind {kind}")
        if chk is not None:
            place = chk["place"]
            if place["key"] not in page_ids:
                page_ids[place["key"]] = digits(rng, 15)
            title = m["title_checkin"].format(name=name, place=place["name"])
            attachments.append({"data": [{"place": {
                "name": place["name"], "coordinate": {"latitude": place["lat"], "longitude": place["lon"]},
                "address": place["address"], "url": f"https://www.facebook.com/{page_ids[place['key']]}"}}]})
        post = {"timestamp": p["ts"]}
        if attachments:
            post["attachments"] = attachments
        post["data"] = [{"post": text}] if rng.random() < 0.7 else [{"post": text}, {"update_timestamp": p["ts"] + rng.randint(5, 600)}]
        post["title"] = title
        posts_out.append((p["ts"], post))
        labels.append(label_post(p, native or str(p["ts"]), text,
                                 geo=None if chk is None else chk["point"], photo=photo_point))
    posts_out.sort(key=lambda x: -x[0])
    files["posts/your_posts_1.json"] = meta_json([x[1] for x in posts_out])
    album.sort(key=lambda x: -x["creation_timestamp"])
    files["photos_and_videos/album/0.json"] = meta_json({
        "name": m["album_title"], "photos": album, "cover_photo": album[0],
        "last_modified_timestamp": album[0]["creation_timestamp"], "description": ""})
    works = []
    for line in m["work"]:
        employer, title, loc, desc, start = [x.strip() for x in line.split("|")]
        st = ts_of(start, tzname)
        works.append({"employer": employer, "title": title, "location": loc, "description": unescape_nl(desc),
                      "start_timestamp": st, "timestamp": st + rng.randint(86400, 86400 * 40)})
    edus = []
    for line in m["education"]:
        school, start, end, conc, stype = [x.strip() for x in line.split("|")]
        edus.append({"name": school, "start_timestamp": ts_of(start, tzname), "end_timestamp": ts_of(end, tzname),
                     "graduated": True, "concentrations": [c for c in conc.split(";") if c], "school_type": stype,
                     "timestamp": ts_of(end, tzname) + rng.randint(86400, 86400 * 90)})
    reg = ts_of(m["registered"], tzname, 21)
    by, bm, bd = [int(x) for x in m["birthday"].split("-")]
    fam = []
    for line in m.get("family", "").split(";"):
        if line.strip():
            fn, rel = line.split("=")
            fam.append({"name": fn, "relation": rel, "timestamp": reg + rng.randint(86400, 86400 * 300)})
    files["profile_information/profile_information.json"] = meta_json({"profile": {
        "name": {"full_name": name, "first_name": m["first_name"], "middle_name": "", "last_name": m["last_name"]},
        "emails": {"emails": [m["email"]], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": by, "month": bm, "day": bd},
        "gender": {"gender_option": m["gender"].upper()},
        "previous_names": [], "other_names": [],
        "current_city": {"name": m["city"], "timestamp": reg + 3600},
        "hometown": {"name": m["hometown"], "timestamp": reg + 3700},
        "relationship": {"status": m["relationship"], "timestamp": reg + 3900},
        "family_members": fam,
        "education_experiences": edus,
        "work_experiences": works,
        "languages": [{"name": "\u4e2d\u6587(\u7b80\u4f53)", "timestamp": reg + 3800}],
        "phone_numbers": [{"phone_type": "Mobile", "phone_number": m["phone"], "verified": True}],
        "username": user, "registration_timestamp": reg, "profile_uri": f"https://www.facebook.com/{user}"}})
    for handle, msgs in dm_threads(doc).items():
        c = doc["contacts"][handle]
        folder = f"{re.sub(r'[^a-z0-9]', '', handle.lower())}_{digits(rng, 10)}"
        out = [{"sender_name": name if x["dir"] == "out" else c["name"],
                "timestamp_ms": x["ts"] * 1000 + rng.randrange(1000), "content": x["text"], "type": "Generic"}
               for x in sorted(msgs, key=lambda x: -x["ts"])]
        files[f"messages/inbox/{folder}/message_1.json"] = meta_json({
            "participants": [{"name": c["name"]}, {"name": name}], "messages": out, "title": c["name"],
            "is_still_participant": True, "thread_type": "Regular", "thread_path": f"inbox/{folder}"})
    return files, labels


# --------------------------------------------------------------------------- LinkedIn (2025 generation)

def li_id(rng, ts_ms):
    return str((ts_ms << 22) | (rng.randrange(1 << 22)))


def li_utc(ts, zone=False):
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S") + (" UTC" if zone else "")


def li_commentary(text):
    """The 2025 export's double-escaped multi-line commentary: inner lines joined by '"\\n"'."""
    return '"\n"'.join(text.split("\n"))


def build_linkedin_new(doc, rng, persona):
    user, name, profile_url = owner(doc)
    m = doc["meta"]
    files, labels, shares = {}, [], []
    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        kind, text = p["kind"], p["text"]
        sid = li_id(rng, p["ts"] * 1000 + rng.randrange(1000))
        shared = media = ""
        if kind.startswith("link:"):
            shared = kind[5:]
        elif kind == "media":
            key = "".join(rng.choice(TCO + "_-") for _ in range(14))
            media = (f"https://media.licdn.com/dms/image/v2/D4E22AQ{key}/feedshare-shrink_800/feedshare-shrink_800/0/"
                     f"{p['ts'] * 1000 + rng.randrange(1000)}?e=2147483647&v=beta&t="
                     + "".join(rng.choice(TCO + "_-") for _ in range(43)))
        elif kind != "share":
            raise SystemExit(f"linkedin: unknown kind {kind}")
        vis = "MEMBER_NETWORK" if rng.random() < 0.85 else "CONNECTIONS_ONLY"
        shares.append((p["ts"], [li_utc(p["ts"]), f"https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A{sid}",
                                 li_commentary(text), shared, media, vis]))
        labels.append(label_post(p, sid, text))
    shares.sort(key=lambda x: -x[0])
    files["Shares.csv"] = csv_text(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"],
                                   [r for _, r in shares])
    files["Profile.csv"] = csv_text(
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline", "Summary", "Industry",
         "Zip Code", "Geo Location", "Twitter Handles", "Websites", "Instant Messengers"],
        [[m["first_name"], m["last_name"], "", "", m["birthday"], m["headline"], unescape_nl(m["summary"]),
          m["industry"], m["zip"], m["geo"], "", m.get("websites", ""), ""]])
    pos_rows = []
    for line in m["position"]:
        parts = line.split("|")
        company = parts[0][1:] if parts[0].startswith(" ") else parts[0]
        title, desc, loc, start, end = [x.strip() for x in parts[1:6]]
        pos_rows.append([company, title, unescape_nl(desc), loc, start, end])
    files["Positions.csv"] = csv_text(["Company Name", "Title", "Description", "Location", "Started On",
                                       "Finished On"], pos_rows)
    edu_rows = []
    for line in m["education"]:
        school, start, end, degree, acts = [x.strip() for x in line.split("|")]
        edu_rows.append([school, start, end, "", degree, acts])
    files["Education.csv"] = csv_text(["School Name", "Start Date", "End Date", "Notes", "Degree Name",
                                       "Activities"], edu_rows)
    files["Skills.csv"] = csv_text(["Name"], [[s.strip()] for s in m["skills"].split(";")])
    files["Languages.csv"] = csv_text(["Name", "Proficiency"], [x.split("=") for x in m["languages"].split(";")])
    reg = ts_of(m["registered"], "UTC", 9) + rng.randrange(3600)
    files["Email Addresses.csv"] = csv_text(["Email Address", "Confirmed", "Primary", "Updated On"],
                                            [[m["email"], "Yes", "Yes", "Not Available"]])
    files["PhoneNumbers.csv"] = csv_text(["Extension", "Number", "Type"], [["", m["phone"], "Mobile"]])
    files["Registration.csv"] = csv_text(["Registered At", "Registration Ip", "Subscription Types"],
                                         [[datetime.fromtimestamp(reg, UTC).strftime("%m/%d/%y, %I:%M %p"), "", ""]])
    rows, conns = [], []
    for h, msgs in dm_threads(doc).items():
        c = doc["contacts"][h]
        conv = "2-" + "".join(rng.choice(TCO) for _ in range(42)) + "=="
        subject = next((x.split("=", 1)[1] for x in c["extra"] if x.startswith("subject=")), "")
        for i, msg in enumerate(msgs):
            out = msg["dir"] == "out"
            rows.append((msg["ts"], [conv, "", name if out else c["name"], profile_url if out else c["id"],
                                     c["name"] if out else name, c["id"] if out else profile_url,
                                     li_utc(msg["ts"], True), subject if i == 0 else "", msg["text"], "INBOX"]))
        if "connected" in c["extra"]:
            when = msgs[0]["ts"] - rng.randint(3600, 86400 * 300)
            first, _, last = c["name"].partition(" ")
            company = next((x.split("=", 1)[1] for x in c["extra"] if x.startswith("company=")), "")
            position = next((x.split("=", 1)[1] for x in c["extra"] if x.startswith("position=")), "")
            conns.append((when, [first, last, c["id"], "", company, position,
                                 datetime.fromtimestamp(when, UTC).strftime("%d %b %Y")]))
    for line in m.get("connection", []):
        first, last, slug, company, position = [x.strip() for x in line.split("|")]
        when = ts_of("2021-01-10", "UTC") + rng.randrange(86400 * 1400)
        conns.append((when, [first, last, f"https://www.linkedin.com/in/{slug}", "", company, position,
                             datetime.fromtimestamp(when, UTC).strftime("%d %b %Y")]))
    rows.sort(key=lambda x: -x[0])
    files["messages.csv"] = csv_text(["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                                      "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"],
                                     [r for _, r in rows])
    conns.sort(key=lambda x: -x[0])
    files["Connections.csv"] = ("Notes:\n\"When exporting your connection data, you may notice that some of the email "
                                "addresses are missing. You will only see email addresses for connections who have "
                                "allowed their connections to see or download their email address using this setting "
                                "https://www.linkedin.com/psettings/privacy/email. You can learn more here: "
                                "https://www.linkedin.com/help/linkedin/answer/261\"\n\n"
                                + csv_text(["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                                            "Connected On"], [r for _, r in conns]))
    return files, labels


# --------------------------------------------------------------------------- driver

def csv_text(header, rows, **fmt):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", **fmt)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


BUILDERS = {"x": build_x, "instagram": build_instagram, "facebook": build_facebook_old,
            "linkedin": build_linkedin_new}
def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def build(persona, outdir):
    doc = parse_key(os.path.join(HERE, "content", persona + ".txt"))
    m = doc["meta"]
    seed = int(m["seed"])
    prepare(doc, seed)
    files, labels = BUILDERS[m["platform"]](doc, random.Random(seed * 7919 + 1), persona)
    labels.sort(key=lambda x: x["created_at"])
    export = datetime.strptime(m["export"][:10], "%Y-%m-%d")
    write_zip(os.path.join(outdir, persona + ".zip"), files, (export.year, export.month, export.day, 12, 0, 0))
    places = doc["places"]
    office, home = places[m["office"]], places[m["home"]]
    units = [u.strip() for u in m["unit"].split("|")]
    contacts = [{"handle": c["handle"], "name": c["name"], "suspicious": c["suspicious"], "id": c["id"]}
                for c in sorted(doc["contacts"].values(), key=lambda c: c["order"])]
    out = {
        "persona": persona, "platform": m["platform"], "archive": persona + ".zip", "timezone": m["timezone"],
        "truth": {
            "unit": units, "role": m["role"],
            "office": {"lat": office["lat"], "lon": office["lon"], "name": office["name"]},
            "home": {"lat": home["lat"], "lon": home["lon"]},
            "routine_places": [{"name": p["name"], "lat": p["lat"], "lon": p["lon"]}
                               for p in places.values() if p["kind"] == "routine"],
        },
        "contacts": contacts,
        "posts": labels,
    }
    with open(os.path.join(outdir, persona + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    wl = [f"# What {m.get('legal_name') or owner(doc)[1]}'s security officer knows must not be revealed.",
          f"timezone = {toml_str(m['timezone'])}", "", "[[unit]]", f"name = {toml_str(units[0])}",
          "aliases = [" + ", ".join(toml_str(a) for a in units[1:]) + "]", "", "[[role]]",
          f"name = {toml_str(m['role'])}", "", "[[site]]", f"name = {toml_str(office['name'])}",
          f"lat = {office['lat']}", f"lon = {office['lon']}", "radius_m = 300", ""]
    with open(os.path.join(outdir, persona + ".watchlist.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(wl))
    n = len(labels)
    rev = sum(1 for p in labels if p["labels"])
    cats = {c: sum(1 for p in labels if c in p["labels"]) for c in ("unit", "role", "location", "routine", "home")}
    print(f"{persona}: {n} posts, {rev} revealing ({rev / n:.1%}) {cats}, {len(contacts)} contacts, "
          f"{len(files)} archive files")


def main(argv):
    outdir = HERE
    if "--out" in argv:
        outdir = argv[argv.index("--out") + 1]
        os.makedirs(outdir, exist_ok=True)
    only = [a for a in argv[1:] if a in PERSONAS]
    for persona in only or PERSONAS:
        build(persona, outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
