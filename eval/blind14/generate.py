#!/usr/bin/env python3
"""Builds the blind14 personas from content/KEY.txt.

For every persona KEY this writes, next to this script (or into --out DIR):
  KEY.zip             the archive as the platform ships it
  KEY.labels.json     the truth, same keys and shapes as the dev labels
  KEY.watchlist.toml  what the security officer would write down

Python 3 stdlib only, no network. Seeded per persona; rerunning gives
byte-identical files (sorted zip entries, one fixed timestamp per archive).
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
PERSONAS = ["p1-facebook-railmil", "p2-telegram-mapprint", "p3-linkedin-stockpile", "p4-mastodon-nucsec"]
JITTER_M = {"office": 90, "home": 25, "routine": 45, "trip": 250, "work": 250, "other": 45}
MULTI = {"position", "education", "field", "work", "connection"}
UTC = timezone.utc
EXACT_MODES = {"checkin", "venue"}          # a page / venue: the place's own fixed point
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


# --------------------------------------------------------------------------- Facebook (2024+ layout)

FB_ROOT = "your_facebook_activity"
FB_CAMERAS = [("Xiaomi", "Mi 10"), ("Xiaomi", "Mi 10"), ("HUAWEI", "ELS-AN00"), ("Apple", "iPhone 13")]


def fb_photo_id(rng):
    return "1016" + digits(rng, 13, "0123456789")


def build_facebook(doc, rng, persona):
    user, name, uid = owner(doc)
    m = doc["meta"]
    tzname = m["timezone"]
    files, labels, posts_out, checkins = {}, [], [], []
    album_dir = f"{FB_ROOT}/posts/media/MobileUploads_{''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(10))}"
    album_title = m["album_title"]
    page_ids = {}
    camera = 0

    def page_url(place):
        if place["key"] not in page_ids:
            page_ids[place["key"]] = digits(rng, 15)
        return f"https://www.facebook.com/{page_ids[place['key']]}"

    def exif(p, gps_spec, idx, garbage=False):
        nonlocal camera
        taken = p["ts"] - rng.randint(30, 900) - idx * rng.randint(5, 60)
        ex = {}
        if gps_spec is not None and idx == 0:
            if gps_spec["mode"] == "gps0":
                ex["latitude"] = 0.0
                ex["longitude"] = 0.0
            else:
                ex["latitude"] = gps_spec["point"][0]
                ex["longitude"] = gps_spec["point"][1]
        make, model = FB_CAMERAS[min(camera, len(FB_CAMERAS) - 1)] if p["local"].year < 2022 else ("Apple", "iPhone 13")
        ex["taken_timestamp"] = -62169958800 if garbage else taken
        ex["modified_timestamp"] = taken
        ex["camera_make"] = make
        ex["camera_model"] = model
        ex["iso"] = rng.choice([50, 64, 100, 125, 200, 400, 800])
        ex["focal_length"] = rng.choice(["4.2", "5.6", "6.9"])
        ex["exposure"] = rng.choice(["1/60", "1/120", "1/250", "1/500", "1/33"])
        ex["f_stop"] = rng.choice(["1.8", "1.9", "2.2"])
        ex["orientation"] = rng.choice([1, 1, 1, 6])
        w, hh = rng.choice([(4032, 3024), (3024, 4032), (4000, 3000)])
        ex["original_width"] = w
        ex["original_height"] = hh
        return ex

    garbage_done = False
    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        kind, text = p["kind"], p["text"]
        chk = spec(p, "checkin")
        gps = spec(p, "gps", "gps0")
        attachments, native, photo_point = [], None, None
        if kind == "status":
            title = m["title_status"].format(name=name)
        elif kind.startswith("photo"):
            n = int(kind.split(":")[1]) if ":" in kind else 1
            title = m["title_photo"].format(name=name, n=n)
            for i in range(n):
                pid = fb_photo_id(rng)
                uri = f"{album_dir}/{digits(rng, 9)}_{pid}_{digits(rng, 19)}_n_{pid}.jpg"
                files[uri] = make_jpeg(rng)
                garbage = (not garbage_done and gps is None and chk is None and i == 0
                           and p["local"].year == 2021 and p["local"].month >= 6)
                garbage_done = garbage_done or garbage
                media = {"uri": uri, "creation_timestamp": p["ts"] - (n - 1 - i),
                         "media_metadata": {"photo_metadata": {"exif_data": [exif(p, gps, i, garbage)]}},
                         "title": album_title}
                if i == 0:
                    media["description"] = text
                attachments.append({"data": [{"media": media}]})
                native = native or pid
            if gps is not None and gps["mode"] == "gps":
                photo_point = gps["point"]
        elif kind == "video":
            title = m["title_video"].format(name=name)
            pid = fb_photo_id(rng)
            uri = f"{album_dir}/{digits(rng, 9)}_{pid}_{digits(rng, 19)}_n_{pid}.mp4"
            files[uri] = make_mp4(rng)
            thumb = (f"https://interncache-ash.fbcdn.net/v/t15.3394-10/{digits(rng, 9)}_{digits(rng, 15)}_"
                     f"{digits(rng, 19)}_n.jpg?stp=dst-jpg_s960x960&_nc_cat=10{rng.randrange(10)}")
            attachments.append({"data": [{"media": {
                "uri": uri, "creation_timestamp": p["ts"],
                "media_metadata": {"video_metadata": {"exif_data": [{"upload_timestamp": 0}]}},
                "thumbnail": {"uri": thumb}, "title": "", "description": text}}]})
            native = pid
        elif kind.startswith("link:"):
            title = m["title_link"].format(name=name)
            attachments.append({"data": [{"external_context": {"url": kind.split(":", 1)[1]}}]})
        else:
            raise SystemExit(f"facebook: unknown kind {kind}")
        if chk is not None:
            place = chk["place"]
            title = m["title_checkin"].format(name=name, place=place["name"])
            attachments.append({"data": [{"place": {
                "name": place["name"],
                "coordinate": {"latitude": place["lat"], "longitude": place["lon"]},
                "address": place["address"], "url": page_url(place)}}]})
            fbid = digits(rng, 16)
            checkins.append((p["ts"], {
                "timestamp": p["ts"], "fbid": fbid, "media": [],
                "label_values": [
                    {"label": "Message", "value": text},
                    {"label": "Place tags", "dict": [
                        {"label": "Name", "value": place["name"]},
                        {"label": "Address", "value": place["address"]},
                        {"label": "Coordinates", "value": f"({place['lat']!r} , {place['lon']!r})"}]}]}))
            native = fbid
        post = {"timestamp": p["ts"]}
        if attachments:
            post["attachments"] = attachments
        post["data"] = [{"post": text}, {"update_timestamp": p["ts"]}]
        post["title"] = title
        tags = [t for t in m.get("tag_names", "").split(";") if t and t.split("=")[0] in text]
        if tags:
            post["tags"] = [{"name": t.split("=")[1]} for t in tags]
        posts_out.append((p["ts"], post))
        labels.append(label_post(p, native or str(p["ts"]), text,
                                 geo=None if chk is None else chk["point"], photo=photo_point))
        if p["local"].year >= 2021:
            camera = 1 if p["local"].year == 2021 else 2
    posts_out.sort(key=lambda x: -x[0])
    checkins.sort(key=lambda x: -x[0])
    files[f"{FB_ROOT}/posts/your_posts__check_ins__photos_and_videos_1.json"] = meta_json([x[1] for x in posts_out])
    files[f"{FB_ROOT}/posts/check-ins.json"] = meta_json([x[1] for x in checkins])

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
    first, last = m["first_name"], m["last_name"]
    by, bm, bd = [int(x) for x in m["birthday"].split("-")]
    files["personal_information/profile_information/profile_information.json"] = meta_json({"profile_v2": {
        "name": {"full_name": name, "first_name": first, "middle_name": "", "last_name": last},
        "emails": {"emails": [m["email"]], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": by, "month": bm, "day": bd},
        "gender": {"gender_option": m["gender"].upper(), "pronoun": m["gender"].upper()},
        "previous_names": [], "other_names": [],
        "current_city": {"name": m["city"], "timestamp": reg + 3600},
        "hometown": {"name": m["hometown"], "timestamp": reg + 3700},
        "education_experiences": edus,
        "work_experiences": works,
        "languages": [{"name": "\u4e2d\u6587(\u7b80\u4f53)", "timestamp": reg + 3800}],
        "phone_numbers": [{"phone_type": "Mobile", "phone_number": m["phone"], "verified": True}],
        "username": user,
        "registration_timestamp": reg,
        "profile_uri": f"https://www.facebook.com/{user}"}})

    threads = dm_threads(doc)
    for handle, msgs in threads.items():
        c = doc["contacts"][handle]
        slug = re.sub(r"[^a-z0-9]", "", handle.lower())
        folder = f"{slug}_{digits(rng, 17)}"
        out = []
        for msg in sorted(msgs, key=lambda x: -x["ts"]):
            out.append({"sender_name": name if msg["dir"] == "out" else c["name"],
                        "timestamp_ms": msg["ts"] * 1000 + rng.randrange(1000),
                        "content": msg["text"], "is_geoblocked_for_viewer": False})
        files[f"{FB_ROOT}/messages/inbox/{folder}/message_1.json"] = meta_json({
            "participants": [{"name": c["name"]}, {"name": name}], "messages": out, "title": c["name"],
            "is_still_participant": True, "thread_path": f"inbox/{folder}", "magic_words": []})
    return files, labels


# --------------------------------------------------------------------------- Telegram Desktop (result.json)

TG_ABOUT = ("Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad "
            "targeting and doesn't sell it to others. Telegram only keeps the information it needs to function "
            "as a secure and feature-rich cloud service.\n\nCheck out Settings > Privacy & Security on "
            "Telegram's mobile apps for the relevant settings.")
TG_ABOUT_CONTACTS = ("If you allow access, your contacts are continuously synced with Telegram. Thanks to this, you "
                     "can easily switch to Telegram without losing your existing social graph \u2013 and connect "
                     "with friends across all your devices. We use data about your contacts to let you know when "
                     "they join Telegram. We also use it to make sure that you see the names you have in your "
                     "phone book instead of the screen names people choose for themselves.\n\nYou can disable "
                     "contacts syncing or delete your stored contacts in Settings > Privacy & Security on "
                     "Telegram's mobile apps.")
TG_ABOUT_FREQUENT = ("This rating shows which people you are likelier to message frequently. Telegram uses this "
                     "data to populate the 'People' box at the top of the Search section. The rating is also "
                     "calculated for inline bots so that the app can suggest you the bots you are most likely to "
                     "use in the attachment menu (or when you start a new message with \"@\").\n\nTo delete this "
                     "data, go to Settings > Privacy & Security and disable 'Suggest Frequent Contacts' (requires "
                     "Telegram for iOS v.4.8.3 or Telegram for Android v.4.8.10 or higher). See this page for more "
                     "information: https://telegram.org/faq/data-export")
TG_ABOUT_CHATS = "This page lists all chats from this export and where to look for their data."


class Raw(str):
    """An already-serialised JSON fragment."""


def tg_str(s):
    """tdesktop SerializeString: raw UTF-8, escapes only \\n \\r \\t \" \\\\ and control bytes."""
    out = ['"']
    for ch in s:
        if ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ord(ch) < 32:
            out.append("\\x%02X" % ord(ch))
        elif ch == "\u2028":
            out.append("\\u2028")
        elif ch == "\u2029":
            out.append("\\u2029")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def tg_num(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        r = repr(v)
        return r[:-2] if r.endswith(".0") else r
    return str(v)


def tg_value(v, depth):
    if isinstance(v, Raw):
        return str(v)
    if isinstance(v, dict):
        return tg_object(v, depth)
    if isinstance(v, list):
        return tg_array(v, depth)
    if isinstance(v, str):
        return tg_str(v)
    if v is None:
        return "null"
    return tg_num(v)


def tg_object(d, depth):
    """SerializeObject at nesting `depth`: keys one deeper, closing brace at `depth`."""
    inner = "\n" + " " * (depth + 1)
    parts = [inner + tg_str(k) + ": " + tg_value(v, depth + 1) for k, v in d.items()]
    return "{" + ",".join(parts) + "\n" + " " * depth + "}"


def tg_array(items, depth):
    inner = "\n" + " " * (depth + 1)
    return "[" + ",".join(inner + tg_value(v, depth + 1) for v in items) + "\n" + " " * depth + "]"


TG_TOKEN = re.compile(r"\*\*(?P<bold>.+?)\*\*|__(?P<italic>.+?)__|\[(?P<ltext>[^\]]+)\]\((?P<href>[^)]+)\)"
                      r"|(?P<url>https?://[^\s，。！？）)]+)|(?<![\w/])(?P<tag>#[^\s#，。！？、：:,.!?()（）]+)"
                      r"|(?<![\w/])(?P<mention>@[A-Za-z][A-Za-z0-9_]{3,31})")


def tg_parts(text):
    """KEY markup -> Telegram text parts: **bold**, __italic__, [text](url), bare links, #tags, @mentions."""
    parts, pos = [], 0
    for mm in TG_TOKEN.finditer(text):
        if mm.start() > pos:
            parts.append(("plain", text[pos:mm.start()], None))
        if mm.group("bold") is not None:
            parts.append(("bold", mm.group("bold"), None))
        elif mm.group("italic") is not None:
            parts.append(("italic", mm.group("italic"), None))
        elif mm.group("ltext") is not None:
            parts.append(("text_link", mm.group("ltext"), mm.group("href")))
        elif mm.group("url") is not None:
            parts.append(("link", mm.group("url"), None))
        elif mm.group("tag") is not None:
            parts.append(("hashtag", mm.group("tag"), None))
        else:
            parts.append(("mention", mm.group("mention"), None))
        pos = mm.end()
    if pos < len(text):
        parts.append(("plain", text[pos:], None))
    return parts


def tg_text_fields(text, depth):
    """'text' (string when plain only, else array of strings and objects) and 'text_entities'."""
    parts = tg_parts(text)
    if not parts:
        return Raw(tg_str("")), Raw("[]")

    def obj(t, s, extra, d):
        o = {"type": t, "text": s}
        if t == "text_link":
            o["href"] = extra
        return tg_object(o, d)
    if len(parts) == 1 and parts[0][0] == "plain":
        text_v = tg_str(parts[0][1])
    else:
        items = [tg_str(s) if t == "plain" else obj(t, s, e, depth + 1) for t, s, e in parts]
        text_v = "[" + ",".join("\n" + " " * (depth + 1) + x for x in items) + "\n" + " " * depth + "]"
    ents = [obj(t, s, e, depth + 1) for t, s, e in parts]
    ent_v = "[" + ",".join("\n" + " " * (depth + 1) + x for x in ents) + "\n" + " " * depth + "]"
    return Raw(text_v), Raw(ent_v)


def tg_plain(text):
    return "".join(s for _, s, _ in tg_parts(text))


def build_telegram(doc, rng, persona):
    user, name, uid = owner(doc)
    m = doc["meta"]
    tz = ZoneInfo(m["timezone"])
    files, labels = {}, []
    me = f"user{uid}"

    def local_iso(ts):
        return datetime.fromtimestamp(ts, tz).strftime("%Y-%m-%dT%H:%M:%S")

    def photo_name(n, ts):
        return f"photo_{n}@{datetime.fromtimestamp(ts, tz).strftime('%d-%m-%Y_%H-%M-%S')}.jpg"

    chats = []          # (last_ts, chat dict rendered later)
    chat_no = [0]

    def new_folder():
        chat_no[0] += 1
        return f"chats/chat_{chat_no[0]:03d}"

    def message(mid, ts, frm, frm_id, text, depth=6, extra=None, edited=None, photo=None, fwd=None,
                reply=None, loc=None):
        v = {"id": mid, "type": "message", "date": local_iso(ts), "date_unixtime": str(ts)}
        if edited:
            v["edited"] = local_iso(edited)
            v["edited_unixtime"] = str(edited)
        v["from"] = frm
        v["from_id"] = frm_id
        if fwd:
            v["forwarded_from"] = fwd
        if reply:
            v["reply_to_message_id"] = reply
        if photo:
            path, size, (w, hh) = photo
            v["photo"] = path
            v["photo_file_size"] = size
            v["width"] = w
            v["height"] = hh
        if loc:
            v.update(loc)
        if extra:
            v.update(extra)
        t, e = tg_text_fields(text, depth)
        v["text"] = t
        v["text_entities"] = e
        return v

    # ---- the personal channel (the owner's public posts) ------------------
    ch_id = int(m["channel_id"])
    ch_name = m["channel_name"]
    folder = new_folder()
    ch_msgs = []
    posts = sorted(doc["posts"], key=lambda p: p["ts"])
    create_ts = posts[0]["ts"] - rng.randint(600, 3000)
    ch_msgs.append({"id": 1, "type": "service", "date": local_iso(create_ts), "date_unixtime": str(create_ts),
                    "actor": ch_name, "actor_id": f"channel{ch_id}", "action": "create_channel",
                    "title": ch_name, "text": Raw('""'), "text_entities": Raw("[]")})
    mid, photo_n = 1, 0
    recent = []
    pin_target = None
    for p in posts:
        mid += rng.choice([1, 1, 1, 2])
        kind = p["kind"]
        photo = loc = fwd = reply = None
        text = p["text"]
        if kind == "photo":
            photo_n += 1
            path = f"{folder}/photos/{photo_name(photo_n, p['ts'])}"
            files[path] = make_jpeg(rng)
            photo = (path, rng.randint(60000, 260000), rng.choice([(1280, 960), (960, 1280), (1280, 720)]))
        elif kind.startswith("fwd:"):
            fwd = kind.split(":", 1)[1]
            if p["labels"]:
                raise SystemExit("forwarded channel posts are not the owner's words: not labelled")
        elif kind.startswith("reply"):
            reply = recent[-1] if recent else None
        elif kind == "pinned":
            pin_target = mid
        elif kind not in ("post",):
            raise SystemExit(f"telegram: unknown kind {kind}")
        g = spec(p, "venue", "pin", "live")
        if g is not None:
            if text:
                raise SystemExit(f"line {p['line']}: a location/venue message carries no text")
            lat, lon = g["point"]
            if g["mode"] == "venue":
                loc = {"place_name": g["place"]["name"], "address": g["place"]["address"],
                       "location_information": {"latitude": lat, "longitude": lon}}
            else:
                loc = {"location_information": {"latitude": lat, "longitude": lon}}
                if g["mode"] == "live":
                    loc["live_location_period_seconds"] = 900
        edited = p["ts"] + rng.randint(60, 5400) if (text and rng.random() < 0.08) else None
        ch_msgs.append(message(mid, p["ts"], ch_name, f"channel{ch_id}", text, photo=photo, fwd=fwd,
                               reply=reply, loc=loc, edited=edited))
        recent.append(mid)
        if fwd:
            continue
        labels.append(label_post(p, mid, tg_plain(text), geo=None if g is None else g["point"]))
    if pin_target:
        pts = [x for x in ch_msgs if x["id"] == pin_target][0]
        ts = int(pts["date_unixtime"]) + 120
        mid += 1
        ch_msgs.append({"id": mid, "type": "service", "date": local_iso(ts), "date_unixtime": str(ts),
                        "actor": ch_name, "actor_id": f"channel{ch_id}", "action": "pin_message",
                        "message_id": pin_target, "text": Raw('""'), "text_entities": Raw("[]")})
        ch_msgs.sort(key=lambda x: (int(x["date_unixtime"]), x["id"]))
    chats.append((int(ch_msgs[-1]["date_unixtime"]),
                  {"name": ch_name, "type": "public_channel", "id": ch_id, "messages": ch_msgs}))

    # ---- saved messages -----------------------------------------------------
    sv, smid = [], 0
    for s in sorted(doc["saved"], key=lambda x: x["ts"]):
        smid += rng.randint(1, 3)
        fwd = s["kind"].split(":", 1)[1] if s["kind"].startswith("fwd:") else None
        sv.append(message(smid, s["ts"], name, me, s["text"], fwd=fwd))
    saved_chat = {"type": "saved_messages", "id": int(uid), "messages": sv}
    chats.append((int(sv[-1]["date_unixtime"]) if sv else 0, saved_chat))

    # ---- direct messages ------------------------------------------------------
    threads = dm_threads(doc)
    contacts_list = []
    for handle, msgs in threads.items():
        c = doc["contacts"][handle]
        cid = int(c["id"][4:])
        out, dmid = [], rng.randint(1, 40)
        for msg in msgs:
            dmid += rng.randint(1, 3)
            mine = msg["dir"] == "out"
            out.append(message(dmid, msg["ts"], name if mine else c["name"], me if mine else c["id"], msg["text"]))
        chats.append((msgs[-1]["ts"], {"name": c["name"], "type": "personal_chat", "id": cid, "messages": out}))
        first, _, last = c["name"].partition(" ")
        phone = c["extra"][0] if c["extra"] else ""
        if phone:
            added = msgs[0]["ts"] - rng.randint(3600, 86400 * 300)
            contacts_list.append((added, {"user_id": cid, "first_name": first, "last_name": last,
                                          "phone_number": phone, "date": local_iso(added),
                                          "date_unixtime": str(added)}))
    chats.sort(key=lambda x: -x[0])
    contacts_list.sort(key=lambda x: x[1]["first_name"])
    # tdesktop writes each dialog as an array item at depth 3 with its messages array at depth 4
    chat_items = []
    for _, c in chats:
        msgs = c.pop("messages")
        head = "{" + ",".join("\n" + " " * 4 + tg_str(k) + ": " + tg_value(v, 4) for k, v in c.items())
        body = "[" + ",".join("\n" + " " * 5 + tg_object(x, 5) for x in msgs) + "\n" + " " * 4 + "]"
        chat_items.append(head + ",\n" + " " * 4 + tg_str("messages") + ": " + body + "\n" + " " * 3 + "}")
    freq = sorted(threads, key=lambda h: -len(threads[h]))[:6]
    pic_ts = ts_of(m["profile_photo_day"], m["timezone"], 20)
    pic_path = f"profile_pictures/{photo_name(1, pic_ts)}"
    files[pic_path] = make_jpeg(rng)
    top = [
        ("about", tg_str(TG_ABOUT)),
        ("personal_information", tg_object({
            "user_id": int(uid), "first_name": m["first_name"], "last_name": m["last_name"],
            "phone_number": m["phone"], "username": "@" + user, "bio": m["bio"]}, 1)),
        ("profile_pictures", tg_array([{"date": local_iso(pic_ts), "date_unixtime": str(pic_ts),
                                        "photo": pic_path}], 1)),
        ("contacts", tg_object({"about": TG_ABOUT_CONTACTS,
                                "list": [x[1] for x in contacts_list]}, 1)),
        ("frequent_contacts", tg_object({"about": TG_ABOUT_FREQUENT, "list": [
            {"id": int(doc["contacts"][h]["id"][4:]), "category": "people", "type": "user",
             "name": doc["contacts"][h]["name"], "rating": round(0.9 - i * 0.13 + rng.random() * 0.05, 6)}
            for i, h in enumerate(freq)]}, 1)),
        ("chats", "{\n  " + tg_str("about") + ": " + tg_str(TG_ABOUT_CHATS) + ",\n  " + tg_str("list") + ": ["
         + ",".join("\n   " + x for x in chat_items) + "\n  ]\n }"),
    ]
    files["result.json"] = "{" + ",".join("\n " + tg_str(k) + ": " + v for k, v in top) + "\n}"
    return files, labels


# --------------------------------------------------------------------------- LinkedIn (2018 generation)

def li_activity_id(rng, ts_ms):
    """LinkedIn activity ids carry the creation time in milliseconds in their top bits
    (the 2018 sample's low 22 bits are multiples of 4096)."""
    return str((ts_ms << 22) | (rng.randrange(1024) << 12))


def li18_date(ts):
    return datetime.fromtimestamp(ts, UTC).strftime("%Y/%m/%d %H:%M:%S UTC")


def li18_short(ts):
    """'10/16/18, 8:36 AM' as in the 2018 Messages/Connections/Email files (UTC)."""
    d = datetime.fromtimestamp(ts, UTC)
    hour = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.strftime('%y')}, {hour}:{d.strftime('%M')} {'AM' if d.hour < 12 else 'PM'}"


def csv_text(header, rows, **fmt):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", **fmt)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def li18_flatten(text, entities):
    """The 2018 Messages.csv drops line breaks and HTML-escapes some senders' apostrophes/ampersands."""
    s = re.sub(r"\s*\n\s*", " ", text)
    if entities:
        s = s.replace("&", "&amp;").replace("'", "&rsquo;").replace("\u2019", "&rsquo;")
    return s


def build_linkedin2018(doc, rng, persona):
    user, name, profile_url = owner(doc)
    m = doc["meta"]
    files, labels, shares = {}, [], []
    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        kind, text = p["kind"], p["text"]
        aid = li_activity_id(rng, p["ts"] * 1000 + rng.randrange(1000))
        link = f"https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A{aid}"
        title = desc = shared = media = ""
        if kind.startswith("link:"):
            shared, title, desc = [x.strip() for x in kind[5:].split("|")]
        elif kind == "media":
            key = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                          for _ in range(14))
            media = (f"https://media.licdn.com/dms/image/C5622AQ{key}/feedshare-shrink_800/0?e="
                     f"{1545000000 + rng.randrange(900000)}&v=beta&t="
                     + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                               for _ in range(24)))
        elif kind != "share":
            raise SystemExit(f"linkedin: unknown kind {kind}")
        vis = "Public" if rng.random() < 0.7 else "Connections"
        shares.append((p["ts"], [li18_date(p["ts"]), title, desc, link, text, shared, media, "Homepage", vis]))
        labels.append(label_post(p, aid, text))
    shares.sort(key=lambda x: -x[0])
    raw = csv_text(["Date", "Share Title", "Share Description", "Share Link", "Share Commentary", "Shared URL",
                    "Media URL", "Type", "Visibility"], [r for _, r in shares],
                   delimiter="\t", quoting=csv.QUOTE_ALL)
    files["Shares.csv"] = b"\xff\xfe" + raw.encode("utf-16-le")

    files["Profile.csv"] = csv_text(
        ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Contact Instructions", "Headline",
         "Summary", "Industry", "Country", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
         "Instant Messengers"],
        [[m["first_name"], m["last_name"], "", "", m["birthday"], "", m["headline"], unescape_nl(m["summary"]),
          m["industry"], m["country"], m["zip"], m["geo"], "", m.get("websites", ""), ""]])
    pos_rows = []
    for line in m["position"]:
        parts = line.split("|")
        company = parts[0][:-1] if parts[0].endswith(" ") else parts[0]
        title, desc, loc, start, end = [x.strip() for x in parts[1:6]]
        pos_rows.append([company.lstrip(), title, unescape_nl(desc), loc, start, end])
    files["Positions.csv"] = csv_text(["Company Name", "Title", "Description", "Location", "Started On",
                                       "Finished On"], pos_rows)
    edu_rows = []
    for line in m["education"]:
        school, start, end, degree, acts = [x.strip() for x in line.split("|")]
        edu_rows.append([school, start, end, "", degree, acts])
    files["Education.csv"] = csv_text(["School Name", "Start Date", "End Date", "Notes", "Degree Name",
                                       "Activities"], edu_rows)
    files["Skills.csv"] = csv_text(["Name"], [[s.strip()] for s in m["skills"].split(";")])
    files["Languages.csv"] = csv_text(["Name", "Proficiency"], [["English", "Native or bilingual proficiency"],
                                                                ["Italian", "Elementary proficiency"]])
    reg = ts_of(m["registered"], "UTC", 9) + rng.randrange(3600)
    files["Email Addresses.csv"] = csv_text(["Email Address", "Confirmed", "Primary", "Updated On"],
                                            [[m["email"], "Yes", "Yes", li18_short(reg)]])
    files["Phone Numbers.csv"] = csv_text(["Extension", "Number", "Type"], [["", m["phone"], "Mobile"]])
    files["Registration.csv"] = csv_text(["Registration Date", "Registration IP Address", "Invited by (First Name)",
                                          "Invited by (Last Name)", "Subscription Types"],
                                         [[li18_short(reg), "", "", "", ""]])

    threads = dm_threads(doc)
    archive_before = ts_of(m["archive_before"], "UTC")
    inbox, sent, archived, conns = [], [], [], []
    for h, msgs in threads.items():
        c = doc["contacts"][h]
        entities = "entities" in c["extra"]
        subject = next((x.split("=", 1)[1] for x in c["extra"] if x.startswith("subject=")), "")
        for i, msg in enumerate(msgs):
            out = msg["dir"] == "out"
            subj = ("RE: " + subject if subject and i > 0 else subject)
            row = [name if out else c["name"], c["name"] if out else name, li18_short(msg["ts"]), subj,
                   li18_flatten(msg["text"], entities and not out), "OUTGOING" if out else "INCOMING"]
            if msgs[-1]["ts"] < archive_before:
                archived.append((msg["ts"], row + ["ARCHIVED"]))
            elif out:
                sent.append((msg["ts"], row + ["SENT"]))
            else:
                inbox.append((msg["ts"], row + ["INBOX"]))
        first, _, last = c["name"].partition(" ")
        if "connected" in c["extra"]:
            when = msgs[0]["ts"] - rng.randint(3600, 86400 * 300)
            company = next((x.split("=", 1)[1] for x in c["extra"] if x.startswith("company=")), "")
            position = next((x.split("=", 1)[1] for x in c["extra"] if x.startswith("position=")), "")
            conns.append((when, [first, last, "", company, position, li18_short(when)]))
    for line in m.get("connection", []):
        first, last, company, position = [x.strip() for x in line.split("|")]
        when = ts_of("2015-06-01", "UTC") + rng.randrange(86400 * 1200)
        conns.append((when, [first, last, "", company, position, li18_short(when)]))
    rows = ([r for _, r in sorted(inbox, key=lambda x: -x[0])] + [r for _, r in sorted(sent, key=lambda x: -x[0])]
            + [r for _, r in sorted(archived, key=lambda x: -x[0])])
    files["Messages.csv"] = csv_text(["From", "To", "Date", "Subject", "Content", "Direction", "Folder"], rows)
    conns.sort(key=lambda x: -x[0])
    files["Connections.csv"] = csv_text(["First Name", "Last Name", "Email Address", "Company", "Position",
                                         "Connected On"], [r for _, r in conns])
    return files, labels


# --------------------------------------------------------------------------- Mastodon (account archive, zip)

AS_PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
OUTBOX_CONTEXT = ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1", {
    "manuallyApprovesFollowers": "as:manuallyApprovesFollowers", "sensitive": "as:sensitive", "Hashtag": "as:Hashtag",
    "movedTo": {"@id": "as:movedTo", "@type": "@id"}, "alsoKnownAs": {"@id": "as:alsoKnownAs", "@type": "@id"},
    "toot": "http://joinmastodon.org/ns#", "Emoji": "toot:Emoji",
    "featured": {"@id": "toot:featured", "@type": "@id"}, "featuredTags": {"@id": "toot:featuredTags", "@type": "@id"},
    "schema": "http://schema.org#", "PropertyValue": "schema:PropertyValue", "value": "schema:value",
    "ostatus": "http://ostatus.org#", "atomUri": "ostatus:atomUri", "inReplyToAtomUri": "ostatus:inReplyToAtomUri",
    "conversation": "ostatus:conversation", "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"},
    "blurhash": "toot:blurhash", "discoverable": "toot:discoverable", "indexable": "toot:indexable",
    "memorial": "toot:memorial", "votersCount": "toot:votersCount"}]
ACTOR_CONTEXT = ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1", {
    "manuallyApprovesFollowers": "as:manuallyApprovesFollowers", "toot": "http://joinmastodon.org/ns#",
    "featured": {"@id": "toot:featured", "@type": "@id"}, "featuredTags": {"@id": "toot:featuredTags", "@type": "@id"},
    "alsoKnownAs": {"@id": "as:alsoKnownAs", "@type": "@id"}, "movedTo": {"@id": "as:movedTo", "@type": "@id"},
    "schema": "http://schema.org#", "PropertyValue": "schema:PropertyValue", "value": "schema:value",
    "discoverable": "toot:discoverable", "suspended": "toot:suspended", "memorial": "toot:memorial",
    "indexable": "toot:indexable", "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"}}]
B83 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~"


def h(s):
    """Rails html_escape, as Mastodon's formatter uses it."""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("'", "&#39;"))


TOKEN_RE = re.compile(r"(?<![\w/])#(\w+)|(?<![\w/])@([A-Za-z0-9_]+)(?:@([A-Za-z0-9.-]+\.[a-z]+))?"
                      r"|(https://[^\s<]+[^\s<.,!?)])")


def masto_html(text, inst_host, people):
    """Mastodon's plain-text formatter: <p> per paragraph, <br /> per line, linkified tags, mentions, links."""
    tags, mentions = [], []

    def fmt(line):
        out, pos = [], 0
        for mm in TOKEN_RE.finditer(line):
            out.append(h(line[pos:mm.start()]))
            if mm.group(1):
                tag = mm.group(1)
                href = f"https://{inst_host}/tags/{quote(tag.lower())}"
                out.append(f'<a href="{href}" class="mention hashtag" rel="tag">#<span>{h(tag)}</span></a>')
                if ("#" + tag.lower()) not in [t["name"].lower() for t in tags]:
                    tags.append({"type": "Hashtag", "href": href, "name": "#" + tag.lower()})
            elif mm.group(4):
                url = mm.group(4)
                rest = url[len("https://"):]
                shown, more = rest[:30], rest[30:]
                out.append(f'<a href="{h(url)}" target="_blank" rel="nofollow noopener" translate="no">'
                           f'<span class="invisible">https://</span><span class="{"ellipsis" if more else ""}">'
                           f'{h(shown)}</span><span class="invisible">{h(more)}</span></a>')
            else:
                user, dom = mm.group(2), mm.group(3)
                if dom is None:
                    known = sorted(a for a in people if a.split("@")[0] == user)
                    if not known:
                        raise SystemExit(f"mastodon: unknown mention @{user}")
                    dom = known[0].split("@", 1)[1]
                acct = f"{user}@{dom}"
                if acct not in people:
                    raise SystemExit(f"mastodon: unknown mention @{acct}")
                actor = people[acct]
                out.append(f'<span class="h-card" translate="no"><a href="https://{dom}/@{user}" '
                           f'class="u-url mention">@<span>{h(user)}</span></a></span>')
                if actor not in [x["href"] for x in mentions]:
                    mentions.append({"type": "Mention", "href": actor,
                                     "name": "@" + user if dom == inst_host else "@" + acct})
            pos = mm.end()
        out.append(h(line[pos:]))
        return "".join(out)
    html = "".join("<p>" + "<br />".join(fmt(l) for l in para.split("\n")) + "</p>" for para in text.split("\n\n"))
    return html, mentions + tags


def masto_id(rng, ts_ms):
    return str((ts_ms << 16) | rng.getrandbits(16))


def build_mastodon(doc, rng, persona):
    user, name, uid = owner(doc)
    m = doc["meta"]
    inst = m["instance"]
    host = inst.split("//", 1)[1]
    bucket = m["media_bucket"]
    actor = f"{inst}/users/{user}"
    followers = actor + "/followers"
    files, labels, items = {}, [], []
    people = {}
    for line in m["mentions"].split(";"):
        acct, nm, uri = [x.strip() for x in line.split("|")]
        people[acct] = uri
    for c in doc["contacts"].values():
        people[c["handle"]] = c["id"]
    conv_no = [31000000 + rng.randrange(1000000)]

    def conversation(ts):
        conv_no[0] += rng.randint(40, 9000)
        day = datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d")
        return f"tag:{host},{day}:objectId={conv_no[0]}:objectType=Conversation"

    def attachment(ts_ms, alt):
        mid = masto_id(rng, ts_ms - rng.randint(5000, 90000))
        padded = mid.rjust(18, "0")
        path = "/".join(padded[i:i + 3] for i in range(0, 18, 3))
        fname = "%016x" % rng.getrandbits(64)
        stored = f"media_attachments/files/{path}/original/{fname}.jpeg"
        files[stored] = make_jpeg(rng)
        w, hh = rng.choice([(1440, 1080), (1080, 1440), (1920, 1080), (1080, 1080)])
        return {"type": "Document", "mediaType": "image/jpeg", "url": f"/{bucket}/{stored}", "name": alt or None,
                "blurhash": "U" + "".join(rng.choice(B83) for _ in range(27)),
                "focalPoint": [0.0, 0.0], "width": w, "height": hh}

    def create(ts, text, to, cc, summary=None, reply_to=None, alts=(), poll=None, lang="en"):
        ts_ms = ts * 1000 + rng.randrange(1000)
        sid = masto_id(rng, ts_ms)
        uri = f"{actor}/statuses/{sid}"
        html, tag = masto_html(text, host, people)
        for t in tag:
            if t["type"] == "Mention" and t["href"] not in to + cc:
                cc = cc + [t["href"]]
        published = datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        obj = {"id": uri, "type": "Question" if poll else "Note", "summary": summary, "inReplyTo": reply_to,
               "published": published, "url": f"{inst}/@{user}/{sid}", "attributedTo": actor, "to": to, "cc": cc,
               "sensitive": summary is not None, "atomUri": uri, "inReplyToAtomUri": reply_to,
               "conversation": conversation(ts), "content": html, "contentMap": {lang: html}}
        if to == [AS_PUBLIC] and text and rng.random() < 0.06:
            obj["updated"] = datetime.fromtimestamp(ts + rng.randint(120, 7200), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        if poll:
            end = datetime.fromtimestamp(ts + 86400, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            votes = [rng.randint(2, 40) for _ in poll]
            obj["endTime"] = end
            obj["closed"] = end
            obj["votersCount"] = sum(votes)
            obj["oneOf"] = [{"type": "Note", "name": o, "replies": {"type": "Collection", "totalItems": v}}
                            for o, v in zip(poll, votes)]
        obj["attachment"] = [attachment(ts_ms, a) for a in alts]
        obj["tag"] = tag
        obj["replies"] = {"id": uri + "/replies", "type": "Collection", "first": {
            "type": "CollectionPage", "next": uri + "/replies?only_other_accounts=true&page=true",
            "partOf": uri + "/replies", "items": []}}
        items.append((ts, {"id": uri + "/activity", "type": "Create", "actor": actor, "published": published,
                           "to": to, "cc": cc, "object": obj}))
        return sid

    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        kind = p["kind"]
        parts = p["text"].split(" ## ")
        text, alts = parts[0], parts[1:]
        if kind.startswith("boost:"):
            if p["labels"]:
                raise SystemExit("boosts are not labelled")
            target = kind.split(":", 1)[1]
            sid = masto_id(rng, p["ts"] * 1000 + rng.randrange(1000))
            target_actor = target.split("/statuses/")[0]
            published = datetime.fromtimestamp(p["ts"], UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            items.append((p["ts"], {"id": f"{actor}/statuses/{sid}/activity", "type": "Announce", "actor": actor,
                                    "published": published, "to": [AS_PUBLIC], "cc": [target_actor, followers],
                                    "object": target}))
            continue
        summary, reply_to, poll = None, None, None
        to, cc = [AS_PUBLIC], [followers]
        if kind == "note-unlisted":
            to, cc = [followers], [AS_PUBLIC]
        elif kind == "note-private":
            to, cc = [followers], []
        elif kind.startswith("note-cw:"):
            summary = kind.split(":", 1)[1]
        elif kind.startswith("reply:"):
            acct = kind.split(":", 1)[1]
            reply_to = f"{people[acct]}/statuses/{masto_id(rng, (p['ts'] - rng.randint(600, 80000)) * 1000)}"
        elif kind.startswith("poll:"):
            poll = kind.split(":", 1)[1].split("/")
        elif kind != "note":
            raise SystemExit(f"mastodon: unknown kind {kind}")
        sid = create(p["ts"], text, to, cc, summary=summary, reply_to=reply_to, alts=alts, poll=poll)
        body = "\n".join([text] + alts)
        labels.append(label_post(p, sid, (summary + "\n\n" + body) if summary else body))
    threads = dm_threads(doc)
    for hd, msgs in threads.items():
        c = doc["contacts"][hd]
        user_part, dom = hd.split("@", 1)
        mention = "@" + user_part if dom == host else "@" + hd
        for msg in msgs:
            if msg["dir"] != "out":
                raise SystemExit("mastodon outbox only holds the owner's direct messages")
            create(msg["ts"], f"{mention} {msg['text']}", [c["id"]], [])
    items.sort(key=lambda x: x[0])
    outbox = {"@context": OUTBOX_CONTEXT, "id": "outbox.json", "type": "OrderedCollection",
              "totalItems": len(items) + 5, "orderedItems": [x[1] for x in items]}
    files["outbox.json"] = json.dumps(outbox, ensure_ascii=False, separators=(",", ":"))
    key = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(360))
    pem = "-----BEGIN PUBLIC KEY-----\n" + "\n".join(key[i:i + 64] for i in range(0, len(key), 64)) + \
          "\n-----END PUBLIC KEY-----\n"
    fields = []
    for line in m["field"]:
        k, v = [x.strip() for x in line.split("|")]
        if v.startswith("https://"):
            v = (f'<a href="{h(v)}" target="_blank" rel="nofollow noopener me" translate="no">'
                 f'<span class="invisible">https://</span><span class="">{h(v[8:])}</span>'
                 f'<span class="invisible"></span></a>')
        else:
            v = h(v)
        fields.append({"type": "PropertyValue", "name": k, "value": v})
    actor_doc = {
        "@context": ACTOR_CONTEXT, "id": actor, "type": "Person", "following": actor + "/following",
        "followers": followers, "inbox": actor + "/inbox", "outbox": "outbox.json",
        "featured": actor + "/collections/featured", "featuredTags": actor + "/collections/tags",
        "preferredUsername": user, "name": name,
        "summary": "".join("<p>" + h(par).replace("\n", "<br />") + "</p>"
                           for par in unescape_nl(m["bio"]).split("\n\n")),
        "url": f"{inst}/@{user}", "manuallyApprovesFollowers": False, "discoverable": True, "indexable": False,
        "published": m["account_created"][:10] + "T00:00:00Z", "memorial": False,
        "devices": actor + "/collections/devices",
        "publicKey": {"id": actor + "#main-key", "owner": actor, "publicKeyPem": pem},
        "tag": [], "attachment": fields, "endpoints": {"sharedInbox": inst + "/inbox"},
        "icon": {"type": "Image", "mediaType": "image/jpeg", "url": "avatar.jpg"},
        "image": {"type": "Image", "mediaType": "image/jpeg", "url": "header.jpeg"},
        "likes": "likes.json", "bookmarks": "bookmarks.json"}
    files["actor.json"] = json.dumps(actor_doc, ensure_ascii=False, separators=(",", ":"))
    files["avatar.jpg"] = make_jpeg(rng)
    files["header.jpeg"] = make_jpeg(rng)
    liked = sorted(people.values())
    likes = [f"{liked[i % len(liked)]}/statuses/{masto_id(rng, (1670000000 + i * 2600000) * 1000)}"
             for i in range(7)]
    files["likes.json"] = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json",
                                      "type": "OrderedCollection", "orderedItems": likes}, separators=(",", ":"))
    files["bookmarks.json"] = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "bookmarks.json",
                                          "type": "OrderedCollection", "orderedItems": likes[2:4]},
                                         separators=(",", ":"))
    return files, labels


# --------------------------------------------------------------------------- driver

BUILDERS = {"facebook": build_facebook, "telegram": build_telegram, "linkedin": build_linkedin2018,
            "mastodon": build_mastodon}


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
