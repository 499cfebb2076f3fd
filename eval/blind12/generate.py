#!/usr/bin/env python3
"""Builds the blind12 personas from content/KEY.txt.

For every persona KEY this writes, next to this script (or into --out DIR):
  KEY.zip             the archive as the platform ships it
  KEY.labels.json     the truth, same keys and shapes as the dev labels
  KEY.watchlist.toml  what the security officer would write down

Python 3 stdlib only, no network. Seeded per persona; rerunning gives
byte-identical files (sorted zip entries, one fixed timestamp per archive).
"""
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
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PERSONAS = ["p1-instagram-cbrn", "p2-telegram-hydro", "p3-x-cyber", "p4-facebook-armoury"]
JITTER_M = {"office": 90, "home": 25, "routine": 45, "trip": 250, "work": 250, "other": 45}
UTC = timezone.utc


# --------------------------------------------------------------------------- KEY.txt

def parse_key(path):
    meta, places, contacts, posts, dms = {}, {}, {}, [], []
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
                                    "suspicious": susp == "yes", "order": len(contacts)}
                continue
            if line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                meta[k] = v.strip()
                continue
            parts = line.split(" | ", 4)
            if len(parts) != 5:
                raise SystemExit(f"{path}:{lineno}: expected 5 fields: {line!r}")
            when, labels, geo, kind, text = [p.strip() for p in parts]
            text = text.replace("\\n", "\n")
            local = datetime.strptime(when, "%Y-%m-%d %H:%M")
            if labels == "dm":
                dms.append({"local": local, "handle": geo, "dir": kind, "text": text, "line": lineno})
                continue
            labs = [] if labels == "-" else sorted(set(labels.split(",")))
            posts.append({"local": local, "labels": labs, "geo": None if geo == "-" else geo,
                          "kind": kind, "text": text, "line": lineno})
    return {"meta": meta, "places": places, "contacts": contacts, "posts": posts, "dms": dms}


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
    """Seconds, UTC time and jittered geo for every post and DM, in file order."""
    rng = random.Random(seed)
    tz = ZoneInfo(doc["meta"]["timezone"])
    for p in doc["posts"]:
        p["local"] = p["local"].replace(second=rng.randrange(60))
        p["utc"] = to_utc(p["local"], tz)
        p["ts"] = int(p["utc"].timestamp())
        p["point"] = None
        p["place"] = None
        if p["geo"]:
            mode, _, key = p["geo"].rpartition(":")
            place = doc["places"][key]
            p["place"], p["mode"] = place, mode
            if mode in ("poi", "city"):
                p["point"] = (place["lat"], place["lon"])
            else:
                p["point"] = jitter(rng, place["lat"], place["lon"], JITTER_M[place["kind"]])
    for m in doc["dms"]:
        m["local"] = m["local"].replace(second=rng.randrange(60))
        m["utc"] = to_utc(m["local"], tz)
        m["ts"] = int(m["utc"].timestamp())
    seen = {}
    for p in doc["posts"]:
        if p["ts"] in seen:
            raise SystemExit(f"two posts at the same second: lines {seen[p['ts']]} and {p['line']}")
        seen[p["ts"]] = p["line"]
    return rng


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


def jackson(o, ind=0):
    """Twitter 2019-2021 archive printer (Jackson default pretty printer)."""
    sp = " " * ind
    if isinstance(o, dict):
        if not o:
            return "{ }"
        items = [sp + "  " + json.dumps(k) + " : " + jackson(v, ind + 2) for k, v in o.items()]
        return "{\n" + ",\n".join(items) + "\n" + sp + "}"
    if isinstance(o, list):
        if not o:
            return "[ ]"
        return "[ " + ", ".join(jackson(v, ind) for v in o) + " ]"
    if isinstance(o, str):
        return json.dumps(o, ensure_ascii=False)
    return json.dumps(o)


def tg_string(s):
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
        elif ch in "\u2028\u2029":
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


class Raw(str):
    """A pre-formatted JSON scalar (Telegram writes numbers and strings its own way)."""


def tg_json(o, depth=0):
    """Telegram Desktop's writer: one space per nesting level, '": "', raw UTF-8."""
    if isinstance(o, Raw):
        return str(o)
    if isinstance(o, dict):
        items = ["\n" + " " * (depth + 1) + tg_string(k) + ": " + tg_json(v, depth + 1) for k, v in o.items()]
        return "{" + ",".join(items) + "\n" + " " * depth + "}"
    if isinstance(o, list):
        if not o:
            return "[]"
        items = ["\n" + " " * (depth + 1) + tg_json(v, depth + 1) for v in o]
        return "[" + ",".join(items) + "\n" + " " * depth + "]"
    if isinstance(o, str):
        return tg_string(o)
    if o is None:
        return "null"
    if isinstance(o, bool):
        return "true" if o else "false"
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


def synthetic_id(persona, ts, text):
    return str(int(hashlib.sha1(f"{persona}|{ts}|{text}".encode()).hexdigest(), 16))[:17]


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


# --------------------------------------------------------------------------- Instagram

IG_LENS = "iPhone 12 back camera 4.2mm f/1.6"


def ig_media_id(rng):
    return rng.choice(["17", "18"]) + digits(rng, 15, "0123456789")


def ig_uri(rng, folder, utc, mid):
    return (f"media/{folder}/{utc.strftime('%Y%m')}/{digits(rng, 9)}_{digits(rng, 16)}_"
            f"{digits(rng, 19)}_n_{mid}.jpg")


def build_instagram(doc, rng, persona):
    user, name, uid = owner(doc)
    files, labels = {}, []
    device = "%08X-%04X-%04X-%04X-%012X" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16),
                                           rng.getrandbits(16), rng.getrandbits(48))
    tz = ZoneInfo(doc["meta"]["timezone"])
    posts_out, stories_out = [], []

    def media_item(p, folder, gps, title, ts):
        mid = ig_media_id(rng)
        uri = ig_uri(rng, folder, p["utc"], mid)
        files[uri] = make_jpeg(rng)
        meta = {}
        with_exif = gps is not None or rng.random() < 0.45
        camera = rng.random() < 0.6
        if with_exif:
            taken = p["local"] - timedelta(seconds=rng.randint(20, 540))
            ex = {"iso": rng.choice([32, 40, 50, 64, 80, 100, 125, 200, 400, 640]),
                  "focal_length": "4.2", "lens_model": IG_LENS, "software": {2021: "14.6", 2022: "15.5", 2023: "16.6.1"}.get(p["local"].year, "17.5.1"),
                  "device_id": device, "scene_type": 1, "camera_position": "back", "lens_make": "Apple",
                  "date_time_digitized": taken.strftime("%Y:%m:%d %H:%M:%S"),
                  "date_time_original": taken.strftime("%Y:%m:%d %H:%M:%S"),
                  "source_type": "camera" if camera else "library",
                  "aperture": "1.6959938131099002", "shutter_speed": "%.13f" % rng.uniform(4.5, 9.5),
                  "metering_mode": "5"}
            if gps is not None:
                ex["latitude"] = gps[0]
                ex["longitude"] = gps[1]
            meta["photo_metadata"] = {"exif_data": [ex]}
        meta["camera_metadata"] = {"has_camera_metadata": camera}
        item = {"uri": uri, "creation_timestamp": ts, "media_metadata": meta, "title": title,
                "cross_post_source": {"source_app": "FB"}}
        return item, mid

    for p in doc["posts"]:
        kind = p["kind"]
        gps = p["point"]
        if kind == "story":
            item, mid = media_item(p, "stories", gps, p["text"], p["ts"])
            stories_out.append((p["ts"], item))
            labels.append(label_post(p, mid, p["text"], photo=gps))
        elif kind == "post":
            item, mid = media_item(p, "posts", gps, p["text"], p["ts"])
            posts_out.append((p["ts"], {"media": [item]}))
            labels.append(label_post(p, mid, p["text"], photo=gps))
        elif kind.startswith("carousel:"):
            n = int(kind.split(":")[1])
            items, first_mid = [], None
            for i in range(n):
                g = gps if i == 0 or gps is None else jitter(rng, p["place"]["lat"], p["place"]["lon"],
                                                             JITTER_M[p["place"]["kind"]])
                item, mid = media_item(p, "posts", g, "", p["ts"] - 1)
                items.append(item)
                first_mid = first_mid or mid
            posts_out.append((p["ts"], {"media": items, "title": p["text"], "creation_timestamp": p["ts"]}))
            labels.append(label_post(p, first_mid, p["text"], photo=gps))
        else:
            raise SystemExit(f"instagram: unknown kind {kind}")

    posts_out.sort(key=lambda x: -x[0])
    stories_out.sort(key=lambda x: -x[0])
    files["your_instagram_activity/content/posts_1.json"] = meta_json([x[1] for x in posts_out])
    files["your_instagram_activity/content/stories.json"] = meta_json({"ig_stories": [x[1] for x in stories_out]})

    created = int(datetime(2019, 3, 2, 9, 14, 5, tzinfo=UTC).timestamp())
    pic_mid = ig_media_id(rng)
    pic_uri = f"media/profile/201903/{digits(rng, 9)}_{digits(rng, 16)}_{digits(rng, 19)}_n_{pic_mid}.jpg"
    files[pic_uri] = make_jpeg(rng)

    def smd(v):
        return {"href": "", "value": v, "timestamp": 0}
    m = doc["meta"]
    files["personal_information/personal_information/personal_information.json"] = meta_json({"profile_user": [{
        "title": "User Information",
        "media_map_data": {"Profile Photo": {"uri": pic_uri, "creation_timestamp": created,
                                             "media_metadata": {"camera_metadata": {"has_camera_metadata": False}},
                                             "title": "", "cross_post_source": {"source_app": "FB"}}},
        "string_map_data": {"Email": smd(m["email"]), "Phone Number": smd(m["phone"]),
                            "Phone Confirmed": smd("True"), "Phone Confirmation Method": smd("SMS"),
                            "Username": smd(user), "Name": smd(name), "Bio": smd(m["bio"]),
                            "Gender": smd("female"), "Date of birth": smd(m["birthday"]),
                            "Private Account": smd("False")}}]})
    files["personal_information/information_about_you/account_based_in.json"] = meta_json(
        {"inferred_data_primary_location": [{"title": "", "media_map_data": {},
                                             "string_map_data": {"City Name": smd(m["city"])}}]})
    files["personal_information/personal_information/professional_information.json"] = meta_json(
        {"profile_business": []})

    threads = dm_threads(doc)
    for handle, msgs in threads.items():
        c = doc["contacts"][handle]
        slug = re.sub(r"[^a-z0-9]", "", c["name"].lower()) or "instagramuser"
        folder = f"{slug}_{digits(rng, 15)}"
        out = []
        for msg in sorted(msgs, key=lambda x: -x["ts"]):
            out.append({"sender_name": name if msg["dir"] == "out" else c["name"],
                        "timestamp_ms": msg["ts"] * 1000 + rng.randrange(1000),
                        "content": msg["text"], "is_geoblocked_for_viewer": False})
        files[f"your_instagram_activity/messages/inbox/{folder}/message_1.json"] = meta_json({
            "participants": [{"name": c["name"]}, {"name": name}], "messages": out, "title": c["name"],
            "is_still_participant": True, "thread_path": f"inbox/{folder}", "magic_words": []})
    return files, labels


# --------------------------------------------------------------------------- Telegram

ENTITY_RE = re.compile(r"\*\*(.+?)\*\*|([\w.+-]+@[\w-]+\.[A-Za-z.]+)|(#[\w]+)|(@[A-Za-z0-9_]{4,})|(https?://\S+)")


def tg_parts(text):
    """Returns (label text, parts) where parts are (type, text)."""
    parts, pos, plain = [], 0, []
    for m in ENTITY_RE.finditer(text):
        if m.start() > pos:
            parts.append(("plain", text[pos:m.start()]))
        if m.group(1):
            parts.append(("bold", m.group(1)))
        elif m.group(2):
            parts.append(("email", m.group(2)))
        elif m.group(3):
            parts.append(("hashtag", m.group(3)))
        elif m.group(4):
            parts.append(("mention", m.group(4)))
        else:
            parts.append(("link", m.group(5)))
        pos = m.end()
    if pos < len(text):
        parts.append(("plain", text[pos:]))
    return "".join(t for _, t in parts), parts


def tg_text_fields(text):
    label, parts = tg_parts(text)
    if not parts:
        return label, "", []
    ents = [{"type": t, "text": s} for t, s in parts]
    if len(parts) == 1 and parts[0][0] == "plain":
        return label, parts[0][1], ents
    return label, [s if t == "plain" else {"type": t, "text": s} for t, s in parts], ents


def build_telegram(doc, rng, persona):
    user, name, uid = owner(doc)
    tz = ZoneInfo(doc["meta"]["timezone"])
    m = doc["meta"]
    files, labels = {}, []
    chan_name, chan_id = [x.strip() for x in m["channel"].split("|")]
    threads = dm_threads(doc)

    def local_str(ts):
        return datetime.fromtimestamp(ts, tz).strftime("%Y-%m-%dT%H:%M:%S")

    # private message ids: one counter per account shared by saved messages and personal chats
    private_events = []
    for p in doc["posts"]:
        if p["kind"].startswith("saved"):
            private_events.append((p["ts"], 0, id(p), p))
    for h, msgs in threads.items():
        for msg in msgs:
            private_events.append((msg["ts"], 1, id(msg), msg))
    private_events.sort(key=lambda e: (e[0], e[1]))
    next_id = 18000 + rng.randrange(3000)
    for ev in private_events:
        next_id += rng.randint(3, 90)
        ev[3]["msg_id"] = next_id
    channel_posts = [p for p in doc["posts"] if p["kind"].startswith("channel")]
    cid = 1
    for p in sorted(channel_posts, key=lambda p: p["ts"]):
        cid += rng.randint(1, 2)
        p["msg_id"] = cid

    # chat order: saved messages, own channel, then people by latest message
    people = sorted(threads, key=lambda h: -threads[h][-1]["ts"])
    n_chats = 2 + len(people)
    width = len(str(n_chats))
    chat_dir = {"saved": f"chats/chat_{1:0{width}d}/", "channel": f"chats/chat_{2:0{width}d}/"}
    for i, h in enumerate(people):
        chat_dir[h] = f"chats/chat_{i + 3:0{width}d}/"
    photo_no = {}

    def photo_fields(where, ts):
        photo_no[where] = photo_no.get(where, 0) + 1
        stamp = datetime.fromtimestamp(ts, tz).strftime("%d-%m-%Y_%H-%M-%S")
        path = f"{chat_dir[where]}photos/photo_{photo_no[where]}@{stamp}.jpg"
        files[path] = make_jpeg(rng)
        w, h = rng.choice([(1280, 960), (960, 1280), (1280, 720), (1080, 1080)])
        return {"photo": path, "width": Raw(str(w)), "height": Raw(str(h))}

    def num(x):
        return Raw(repr(float(x)))

    def message(p, where, from_name, from_id):
        kind = p["kind"]
        msg = {"id": Raw(str(p["msg_id"])), "type": "message", "date": local_str(p["ts"]),
               "date_unixtime": str(p["ts"])}
        if p.get("edited"):
            msg["edited"] = local_str(p["edited"])
            msg["edited_unixtime"] = str(p["edited"])
        msg["from"] = from_name
        msg["from_id"] = from_id
        if kind.startswith("saved-fwd:"):
            msg["forwarded_from"] = kind.split(":", 1)[1]
        if kind.endswith("-photo"):
            msg.update(photo_fields(where, p["ts"]))
        label_text = None
        if kind.endswith("-loc"):
            lat, lon = p["point"]
            msg["location_information"] = {"latitude": num(lat), "longitude": num(lon)}
            label_text = ""
        if kind.endswith("-venue"):
            lat, lon = p["point"]
            msg["place_name"] = p["place"]["name"]
            msg["address"] = p["place"]["address"]
            msg["location_information"] = {"latitude": num(lat), "longitude": num(lon)}
            label_text = p["place"]["name"]
        text = "" if p["text"] == "-" else p["text"]
        lt, t, ents = tg_text_fields(text)
        msg["text"] = t
        msg["text_entities"] = ents
        return msg, (lt if label_text is None else label_text)

    owner_from, owner_id = name, f"user{uid}"
    saved_msgs, chan_msgs = [], []
    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        if p["kind"].startswith("saved"):
            msg, lt = message(p, "saved", owner_from, owner_id)
            saved_msgs.append(msg)
            if not p["kind"].startswith("saved-fwd:"):
                labels.append(label_post(p, p["msg_id"], lt, geo=p["point"]))
        elif p["kind"].startswith("channel"):
            if rng.random() < 0.15:
                p["edited"] = p["ts"] + rng.randint(60, 7200)
            msg, lt = message(p, "channel", chan_name, f"channel{chan_id}")
            chan_msgs.append(msg)
            labels.append(label_post(p, p["msg_id"], lt, geo=p["point"]))
        else:
            raise SystemExit(f"telegram: unknown kind {p['kind']}")
        if p["point"] and not (p["kind"].endswith("-loc") or p["kind"].endswith("-venue")):
            raise SystemExit(f"telegram: geo only on -loc/-venue (line {p['line']})")
    first_chan = min(p["ts"] for p in channel_posts) - 3600
    create = {"id": Raw("1"), "type": "service", "date": local_str(first_chan),
              "date_unixtime": str(first_chan), "actor": chan_name, "actor_id": f"channel{chan_id}",
              "action": "create_channel", "title": chan_name, "text": "", "text_entities": []}
    chats = [{"type": "saved_messages", "id": Raw(uid), "messages": saved_msgs},
             {"name": chan_name, "type": "public_channel", "id": Raw(chan_id), "messages": [create] + chan_msgs}]
    contact_list = []
    for h in people:
        c = doc["contacts"][h]
        bare = c["id"][len("user"):]
        msgs = []
        for msg in threads[h]:
            fake = {"msg_id": msg["msg_id"], "ts": msg["ts"], "kind": "dm", "text": msg["text"], "point": None}
            if msg["dir"] == "out":
                mm, _ = message(fake, h, owner_from, owner_id)
            else:
                mm, _ = message(fake, h, c["name"], c["id"])
            msgs.append(mm)
        chats.append({"name": c["name"], "type": "personal_chat", "id": Raw(bare), "messages": msgs})
        first, _, last = c["name"].partition(" ")
        if c.get("order", 0) % 2 == 0:
            added = threads[h][0]["ts"] - rng.randint(86400, 86400 * 400)
            contact_list.append({"user_id": Raw(bare), "first_name": first, "last_name": last,
                                 "phone_number": "+60 1%d 000 00%02d" % (rng.randint(0, 9), rng.randrange(100)),
                                 "date": local_str(added), "date_unixtime": str(added)})
    contact_list.sort(key=lambda c: c["first_name"])
    pp_ts = int(datetime(2020, 11, 3, 8, 1, 44, tzinfo=UTC).timestamp())
    files["profile_pictures/photo_1@" + datetime.fromtimestamp(pp_ts, tz).strftime("%d-%m-%Y_%H-%M-%S")
          + ".jpg"] = make_jpeg(rng)
    result = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data, "
                 "and it doesn't use your data to target you. Telegram is funded by its users.",
        "personal_information": {"user_id": Raw(uid), "first_name": m["first_name"], "last_name": m["last_name"],
                                 "phone_number": m["phone"], "username": "@" + user, "bio": m["bio"]},
        "profile_pictures": [{"date": local_str(pp_ts), "date_unixtime": str(pp_ts),
                              "photo": "profile_pictures/photo_1@" + datetime.fromtimestamp(pp_ts, tz).strftime(
                                  "%d-%m-%Y_%H-%M-%S") + ".jpg"}],
        "contacts": {"about": "This is your contact list.", "list": contact_list},
        "frequent_contacts": {"about": "This is a list of people you talk to most often.",
                              "list": [{"id": Raw(doc["contacts"][h]["id"][4:]), "category": "people",
                                        "type": "user", "name": doc["contacts"][h]["name"],
                                        "rating": Raw(repr(round(rng.uniform(0.5, 9.9), 6)))}
                                       for h in people[:4]]},
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
    }
    files["result.json"] = tg_json(result)
    return files, labels


# --------------------------------------------------------------------------- X / Twitter (2020 layout)

TWEPOCH = 1288834974657
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def snowflake(rng, ts, ms=None):
    ms = ts * 1000 + (rng.randrange(1000) if ms is None else ms)
    return str(((ms - TWEPOCH) << 22) | rng.getrandbits(22))


def tco(rng):
    return "https://t.co/" + "".join(rng.choice(B62) for _ in range(10))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tw_date(ts):
    return datetime.fromtimestamp(ts, UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")


def build_x(doc, rng, persona):
    user, name, uid = owner(doc)
    m = doc["meta"]
    files, labels, records = {}, [], []
    people = {}  # screen_name -> (name, id)
    for line in m.get("mentions", "").split(";"):
        if line.strip():
            sn, nm, i = [x.strip() for x in line.split("|")]
            people[sn.lower()] = (sn, nm, i)
    place_ids = {}

    def place_obj(place, mode):
        key = place["key"]
        if key not in place_ids:
            place_ids[key] = "%016x" % rng.getrandbits(64)
        pid = place_ids[key]
        lat, lon = place["lat"], place["lon"]
        if mode == "poi":
            ring = [[str(lon), str(lat)]] * 4
            full = place["name"]
            ptype = "poi"
        else:
            dl, dn = 0.045, 0.06
            ring = [[str(round(lon - dn, 6)), str(round(lat - dl, 6))], [str(round(lon + dn, 6)), str(round(lat - dl, 6))],
                    [str(round(lon + dn, 6)), str(round(lat + dl, 6))], [str(round(lon - dn, 6)), str(round(lat + dl, 6))]]
            full = place["address"] or place["name"]
            ptype = "city"
        return {"name": place["name"], "full_name": full, "place_type": ptype, "country": place.get("country", "United States"),
                "country_code": "US", "id": pid, "url": f"https://api.twitter.com/1.1/geo/id/{pid}.json",
                "bounding_box": {"type": "Polygon", "coordinates": [ring]}, "attributes": {}}

    def mentions_in(text):
        out = []
        for mm in re.finditer(r"@([A-Za-z0-9_]{1,15})", text):
            sn = mm.group(1).lower()
            if sn in people:
                s, nm, i = people[sn]
                out.append({"name": nm, "screen_name": s, "indices": [str(mm.start()), str(mm.end())],
                            "id_str": i, "id": i})
        return out

    def hashtags_in(text):
        return [{"text": mm.group(1), "indices": [str(mm.start()), str(mm.end())]}
                for mm in re.finditer(r"#(\w+)", text)]

    last_id = None
    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        kind, text = p["kind"], p["text"]
        tid = snowflake(rng, p["ts"])
        urls, media = [], None
        full = text
        rec = {"retweeted": False,
               "source": '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>'
               if rng.random() < 0.8 else '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>'}
        reply = None
        if kind.startswith("reply:"):
            sn = kind.split(":", 1)[1].lower()
            reply = people[sn]
        if kind.startswith("quote:"):
            sn, qid = kind.split(":", 1)[1].split("/")
            link = tco(rng)
            start = len(full) + 1
            full = full + " " + link
            urls.append({"url": link, "expanded_url": f"https://twitter.com/{sn}/status/{qid}",
                         "display_url": f"twitter.com/{sn}/status/{qid[:4]}…",
                         "indices": [str(start), str(start + len(link))]})
        label_text = full
        if kind == "photo":
            link = tco(rng)
            start = len(full) + 1
            full = full + " " + link
            mid = snowflake(rng, p["ts"] - rng.randint(5, 40))
            key = "".join(rng.choice(B62 + "-_") for _ in range(15))
            media = {"expanded_url": f"https://twitter.com/{user}/status/{tid}/photo/1",
                     "indices": [str(start), str(start + len(link))], "url": link,
                     "media_url": f"http://pbs.twimg.com/media/{key}.jpg", "id_str": mid, "id": mid,
                     "media_url_https": f"https://pbs.twimg.com/media/{key}.jpg",
                     "sizes": {"thumb": {"w": "150", "h": "150", "resize": "crop"},
                               "medium": {"w": "1200", "h": "900", "resize": "fit"},
                               "small": {"w": "680", "h": "510", "resize": "fit"},
                               "large": {"w": "2048", "h": "1536", "resize": "fit"}},
                     "type": "photo", "display_url": "pic.twitter.com/" + link.rsplit("/", 1)[1]}
            files[f"data/tweet_media/{tid}-{key}.jpg"] = make_jpeg(rng)
        ents = {"hashtags": hashtags_in(full), "symbols": [], "user_mentions": mentions_in(full), "urls": urls}
        if media:
            ents["media"] = [media]
        rec["entities"] = ents
        start = 0
        if reply:
            mm = re.match(r"((?:@[A-Za-z0-9_]+ )+)", full)
            start = len(mm.group(1)) if mm else 0
        end = len(full) if not media else len(full) - len(media["url"]) - 1
        rec["display_text_range"] = [str(start), str(end)]
        rec["favorite_count"] = str(rng.choice([0, 0, 1, 1, 2, 3, 5, 8, 12]))
        if reply:
            rid = snowflake(rng, p["ts"] - rng.randint(300, 40000))
            rec["in_reply_to_status_id_str"] = rid
        rec["id_str"] = tid
        if reply:
            rec["in_reply_to_user_id"] = reply[2]
        rec["truncated"] = False
        rec["retweet_count"] = str(0 if kind.startswith("rt:") else rng.choice([0, 0, 0, 1, 2]))
        rec["id"] = tid
        if reply:
            rec["in_reply_to_status_id"] = rid
        if urls or media:
            rec["possibly_sensitive"] = False
        rec["created_at"] = tw_date(p["ts"])
        rec["favorited"] = False
        rec["full_text"] = html_escape(full)
        rec["lang"] = "en"
        if reply:
            rec["in_reply_to_screen_name"] = reply[0]
            rec["in_reply_to_user_id_str"] = reply[2]
        if media:
            rec["extended_entities"] = {"media": [media]}
        geo = None
        if p["place"] is not None:
            mode = p["mode"]
            if mode in ("geo", "geocity"):
                lat, lon = p["point"]
                rec["geo"] = {"type": "Point", "coordinates": [str(lat), str(lon)]}
                rec["coordinates"] = {"type": "Point", "coordinates": [str(lon), str(lat)]}
                geo = (lat, lon)
                if mode == "geocity":
                    rec["place"] = place_obj(doc["places"][m["city_place"]], "city")
            elif mode == "poi":
                rec["place"] = place_obj(p["place"], "poi")
                geo = p["point"]
            elif mode == "city":
                rec["place"] = place_obj(p["place"], "city")
            else:
                raise SystemExit(f"x: unknown geo mode {mode}")
        records.append((p["ts"], {"tweet": rec}))
        if kind.startswith("rt:"):
            if p["labels"]:
                raise SystemExit("retweets are not labelled")
            continue
        labels.append(label_post(p, tid, label_text, geo=geo))
    records.sort(key=lambda x: -x[0])
    files["data/tweet.js"] = "window.YTD.tweet.part0 = " + jackson([r for _, r in records])

    def ytd(var, obj):
        return f"window.YTD.{var}.part0 = " + jackson(obj)
    created = m["account_created"]
    files["data/account.js"] = ytd("account", [{"account": {
        "email": m["email"], "createdVia": "web", "username": user, "accountId": uid,
        "createdAt": created, "accountDisplayName": name}}])
    files["data/account-timezone.js"] = ytd("account_timezone", [{"accountTimezone": {
        "accountId": uid, "timeZone": m["twitter_tz"]}}])
    files["data/profile.js"] = ytd("profile", [{"profile": {
        "description": {"bio": m["bio"], "website": "", "location": m["location"]},
        "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/{digits(rng, 19)}/{''.join(rng.choice(B62) for _ in range(8))}.jpg"}}])
    files["data/ageinfo.js"] = ytd("ageinfo", [{"ageMeta": {"ageInfo": {"age": ["13-54"], "birthDate": ""}}}])
    files["data/like.js"] = ytd("like", [{"like": {"tweetId": snowflake(rng, int(datetime(2020, 1, 5, tzinfo=UTC).timestamp()) + i * 86400 * 9),
                                                    "fullText": t, "expandedUrl": "https://twitter.com/i/web/status/"}}
                                          for i, t in enumerate(["Pancakes > waffles and I will not be taking questions",
                                                                 "New Zeek release notes are out, go read them",
                                                                 "Sooners win!!"])])
    threads = dm_threads(doc)
    convs = []
    for h in sorted(threads, key=lambda h: -threads[h][-1]["ts"]):
        c = doc["contacts"][h]
        a, b = sorted([uid, c["id"]], key=int)
        msgs = []
        for msg in sorted(threads[h], key=lambda x: -x["ts"]):
            out = msg["dir"] == "out"
            msgs.append({"messageCreate": {
                "recipientId": c["id"] if out else uid, "reactions": [], "urls": [], "text": msg["text"],
                "mediaUrls": [], "senderId": uid if out else c["id"], "id": snowflake(rng, msg["ts"]),
                "createdAt": datetime.fromtimestamp(msg["ts"], UTC).strftime("%Y-%m-%dT%H:%M:%S.") +
                "%03dZ" % rng.randrange(1000)}})
        convs.append({"dmConversation": {"conversationId": f"{a}-{b}", "messages": msgs}})
    files["data/direct-message.js"] = ytd("direct_message", convs)
    files["data/direct-message-group.js"] = ytd("direct_message_group", [])
    n_tweets = len(records)
    gen = m["export"]
    files["data/manifest.js"] = "window.__THAR_CONFIG = " + jackson({
        "userInfo": {"accountId": uid, "userName": user, "displayName": name},
        "archiveInfo": {"sizeBytes": "0", "generationDate": gen, "isPartialArchive": False,
                        "maxPartSizeBytes": "53687091200"},
        "dataTypes": {
            "account": {"files": [{"fileName": "data/account.js", "globalName": "YTD.account.part0", "count": "1"}]},
            "accountTimezone": {"files": [{"fileName": "data/account-timezone.js",
                                           "globalName": "YTD.account_timezone.part0", "count": "1"}]},
            "ageinfo": {"files": [{"fileName": "data/ageinfo.js", "globalName": "YTD.ageinfo.part0", "count": "1"}]},
            "directMessages": {"mediaDirectory": "data/direct_message_media",
                               "files": [{"fileName": "data/direct-message.js",
                                          "globalName": "YTD.direct_message.part0", "count": str(len(convs))}]},
            "directMessagesGroup": {"mediaDirectory": "data/direct_message_group_media",
                                    "files": [{"fileName": "data/direct-message-group.js",
                                               "globalName": "YTD.direct_message_group.part0", "count": "0"}]},
            "like": {"files": [{"fileName": "data/like.js", "globalName": "YTD.like.part0", "count": "3"}]},
            "profile": {"mediaDirectory": "data/profile_media",
                        "files": [{"fileName": "data/profile.js", "globalName": "YTD.profile.part0", "count": "1"}]},
            "tweet": {"mediaDirectory": "data/tweet_media",
                      "files": [{"fileName": "data/tweet.js", "globalName": "YTD.tweet.part0",
                                 "count": str(n_tweets)}]}}})
    files["Your archive.html"] = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Your Twitter Data"
                                  "</title></head><body><div id=\"root\"></div>"
                                  "<script src=\"data/manifest.js\"></script></body></html>\n")
    return files, labels


# --------------------------------------------------------------------------- Facebook (older layout)

def build_facebook(doc, rng, persona):
    user, name, uid = owner(doc)
    m = doc["meta"]
    files, labels = {}, []
    album = "MobileUploads_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                                       for _ in range(10))
    posts_out, checkins_out = [], []

    def exif(p, gps, quirk):
        taken = p["ts"] - rng.randint(30, 900)
        ex = {"upload_ip": "203.0.113.%d" % rng.randint(2, 254), "taken_timestamp": taken}
        if quirk == "badts":
            ex["taken_timestamp"] = -62169958800
        ex["modified_timestamp"] = taken
        ex["camera_make"] = "Apple" if rng.random() < 0.7 else "samsung"
        ex["camera_model"] = "iPhone XS" if ex["camera_make"] == "Apple" else "SM-G973F"
        ex["exposure"] = rng.choice(["1/60", "1/120", "1/250", "1/1000"])
        ex["focal_length"] = "4.25"
        ex["f_stop"] = "1.8"
        ex["iso"] = rng.choice([25, 32, 50, 100, 200])
        ex["orientation"] = 1
        ex["original_width"] = 4032
        ex["original_height"] = 3024
        if gps is not None:
            ex["latitude"], ex["longitude"] = gps
        elif quirk == "zero":
            ex["latitude"], ex["longitude"] = 0.0, 0.0
        return ex

    def place_attach(place, point):
        return {"place": {"name": place["name"], "coordinate": {"latitude": point[0], "longitude": point[1]},
                          "address": place["address"],
                          "url": "https://www.facebook.com/pages/%s/%s" % (
                              re.sub(r"[^A-Za-z0-9]+", "-", place.get("slug", "") or "place").strip("-") or "place",
                              digits(rng, 15))}}

    for p in doc["posts"]:
        kind, text = p["kind"], p["text"]
        base = kind.split("-")[0]
        quirk = kind.split("-")[1] if "-" in kind else ""
        if base == "checkinfile":
            lat, lon = p["point"]
            fbid = digits(rng, 16)
            checkins_out.append((p["ts"], {"timestamp": p["ts"], "fbid": fbid, "media": [], "label_values": [
                {"label": "Message", "value": text},
                {"label": "Place tags", "dict": [
                    {"label": "Name", "value": p["place"]["name"]},
                    {"label": "Address", "value": p["place"]["address"]},
                    {"label": "Coordinates", "value": f"({lat} , {lon})"}]}]}))
            labels.append(label_post(p, fbid, text, geo=p["point"]))
            continue
        rec = {"timestamp": p["ts"]}
        attach, geo, photo = [], None, None
        if base in ("checkin", "checkinphoto"):
            geo = p["point"]
            attach.append({"data": [place_attach(p["place"], geo)]})
            title = f"{name} was at {p['place']['name']}."
        elif base == "photo":
            title = f"{name} added a new photo."
        elif base == "link":
            title = f"{name} shared a link."
        else:
            title = f"{name} updated his status."
        if base in ("photo", "checkinphoto"):
            if base == "photo":
                photo = p["point"]
            else:
                photo = jitter(rng, p["place"]["lat"], p["place"]["lon"], JITTER_M[p["place"]["kind"]])
            stem = f"{digits(rng, 9)}_{digits(rng, 16)}_{digits(rng, 19)}_n"
            uri = f"posts/media/{album}/{stem}.jpg"
            files[uri] = make_jpeg(rng)
            attach.append({"data": [{"media": {
                "uri": uri, "creation_timestamp": p["ts"],
                "media_metadata": {"photo_metadata": {"exif_data": [exif(p, photo, quirk)]}},
                "title": "Mobile Uploads", "description": text}}]})
        if base == "link":
            url = m["link_" + quirk] if quirk else "https://news.example/"
            attach.append({"data": [{"external_context": {"url": url}}]})
        if attach:
            rec["attachments"] = attach
        rec["data"] = [{"post": text}]
        if base == "status" and rng.random() < 0.5:
            rec["data"].append({"update_timestamp": p["ts"]})
        rec["title"] = title
        posts_out.append((p["ts"], rec))
        labels.append(label_post(p, synthetic_id(persona, p["ts"], text), text, geo=geo, photo=photo))
    posts_out.sort(key=lambda x: -x[0])
    split = int(m.get("split", "80"))
    files["posts/your_posts_1.json"] = meta_json([r for _, r in posts_out[:split]])
    files["posts/your_posts_2.json"] = meta_json([r for _, r in posts_out[split:]])
    checkins_out.sort(key=lambda x: -x[0])
    files["posts/check-ins.json"] = meta_json([r for _, r in checkins_out])
    first, last = m["first_name"], m["last_name"]
    files["profile_information/profile_information.json"] = meta_json({"profile_v2": {
        "name": {"full_name": name, "first_name": first, "middle_name": "", "last_name": last},
        "emails": {"emails": [m["email"]], "previous_emails": [], "pending_emails": [], "ad_account_emails": []},
        "birthday": {"year": 1986, "month": 8, "day": 19},
        "gender": {"gender_option": "MALE", "pronoun": "MALE"},
        "previous_names": [], "other_names": [],
        "current_city": {"name": m["city"], "timestamp": 0},
        "hometown": {"name": m["city"], "timestamp": 0},
        "family_members": [{"name": "Sandy Ho", "relation": "Sister", "timestamp": 1420070400}],
        "education_experiences": [{"name": m["school"], "graduated": True, "concentrations": [],
                                   "school_type": "High School", "timestamp": 1356998400}],
        "work_experiences": [], "blood_info": {"blood_donor_status": "registered"}, "websites": [],
        "phone_numbers": [{"phone_type": "Mobile", "phone_number": m["phone"], "verified": True}],
        "username": user, "registration_timestamp": 1262304000 + rng.randrange(86400 * 300),
        "profile_uri": f"https://www.facebook.com/{user}"}})
    threads = dm_threads(doc)
    for h, msgs in threads.items():
        c = doc["contacts"][h]
        slug = re.sub(r"[^a-z0-9]", "", c["name"].lower()) or "facebookuser"
        folder = slug + "_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
        out = []
        for msg in sorted(msgs, key=lambda x: -x["ts"]):
            out.append({"sender_name": name if msg["dir"] == "out" else c["name"],
                        "timestamp_ms": msg["ts"] * 1000 + rng.randrange(1000),
                        "content": msg["text"], "type": "Generic", "is_unsent": False})
        files[f"messages/inbox/{folder}/message_1.json"] = meta_json({
            "participants": [{"name": c["name"]}, {"name": name}], "messages": out, "title": c["name"],
            "is_still_participant": True, "thread_type": "Regular", "thread_path": f"inbox/{folder}"})
    return files, labels


# --------------------------------------------------------------------------- driver

BUILDERS = {"instagram": build_instagram, "telegram": build_telegram, "x": build_x, "facebook": build_facebook}


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def build(persona, outdir):
    doc = parse_key(os.path.join(HERE, "content", persona + ".txt"))
    m = doc["meta"]
    seed = int(m["seed"])
    rng = prepare(doc, seed)
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
    wl = [f"# What {owner(doc)[1]}'s security officer knows must not be revealed.",
          f"timezone = {toml_str(m['timezone'])}", "", "[[unit]]", f"name = {toml_str(units[0])}",
          "aliases = [" + ", ".join(toml_str(a) for a in units[1:]) + "]", "", "[[role]]",
          f"name = {toml_str(m['role'])}", "", "[[site]]", f"name = {toml_str(office['name'])}",
          f"lat = {office['lat']}", f"lon = {office['lon']}", "radius_m = 300", ""]
    with open(os.path.join(outdir, persona + ".watchlist.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(wl))
    n = len(labels)
    rev = sum(1 for p in labels if p["labels"])
    print(f"{persona}: {n} posts, {rev} revealing ({rev / n:.1%}), {len(contacts)} contacts, "
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
