#!/usr/bin/env python3
"""Builds the blind16 personas from content/KEY.txt.

For every persona KEY this writes, next to this script (or into --out DIR):
  KEY.zip             the archive as the platform ships it
  KEY.labels.json     the truth, same keys and shapes as the dev labels
  KEY.watchlist.toml  what the security officer would write down

Python 3 stdlib only, no network. Seeded per persona; rerunning gives
byte-identical files (sorted zip entries, one fixed timestamp per archive).
Helpers (KEY parser, time conversion, jitter, Meta printer, JPEG/MP4 stubs,
zip writer, Jackson printer) are reused from blind15 and extended for
Telegram (result.json), Mastodon (outbox.json) and the newest X layout.
"""
import hashlib
import html
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
PERSONAS = ["p1-telegram-windtunnel", "p2-mastodon-simulator", "p3-x-runwayrepair", "p4-instagram-optics"]
JITTER_M = {"office": 90, "home": 25, "routine": 45, "trip": 250, "work": 250, "other": 45}
MULTI = {"chat", "member", "mention", "field"}
UTC = timezone.utc
EXACT_MODES = {"venue", "place"}            # a venue / POI: the place's own fixed point
JITTER_MODES = {"gps", "pin", "live"}       # a phone's GPS fix: jittered around the place


# --------------------------------------------------------------------------- KEY.txt

def parse_key(path):
    meta, places, contacts, posts, dms, others, boosts = {}, {}, {}, [], [], [], []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("@place "):
                parts = [p.strip() for p in line[len("@place "):].split("|")]
                key, kind, lat, lon, name = parts[:5]
                if key in places:
                    raise SystemExit(f"{path}:{lineno}: duplicate place {key}")
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
                    meta.setdefault(k, []).append(v.strip())
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
            if labels == "other":
                others.append({"local": local, "chat": geo, "member": kind, "text": text, "line": lineno})
                continue
            if labels == "boost":
                boosts.append({"local": local, "uri": text, "line": lineno})
                continue
            labs = [] if labels == "-" else sorted(set(labels.split(",")))
            posts.append({"local": local, "labels": labs, "geo": None if geo == "-" else geo,
                          "kind": kind, "text": text, "line": lineno})
    return {"meta": meta, "places": places, "contacts": contacts, "posts": posts, "dms": dms,
            "others": others, "boosts": boosts}


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
    if aware.replace(fold=1).utcoffset() != aware.utcoffset():
        raise SystemExit(f"ambiguous local time {local_naive} in {tz}")
    return aware.astimezone(UTC)


def iso_z(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def prepare(doc, seed):
    """Seconds, UTC time and geo points for every post and message, in file order.

    A post's geo field is '-' or '+'-joined specs MODE:KEY (venue/place = the place's own point,
    gps/pin/live = a phone fix jittered around the place)."""
    rng = random.Random(seed)
    tz = ZoneInfo(doc["meta"]["timezone"])
    for p in doc["posts"]:
        p["local"] = p["local"].replace(second=rng.randrange(60))
        p["utc"] = to_utc(p["local"], tz)
        p["ts"] = int(p["utc"].timestamp())
        p["specs"] = []
        for spec_ in (p["geo"] or "").split("+"):
            if not spec_:
                continue
            mode, _, key = spec_.partition(":")
            if key not in doc["places"]:
                raise SystemExit(f"line {p['line']}: unknown place {key}")
            place = doc["places"][key]
            if mode in EXACT_MODES:
                point = (place["lat"], place["lon"])
            elif mode in JITTER_MODES:
                point = jitter(rng, place["lat"], place["lon"], JITTER_M[place["kind"]])
            else:
                raise SystemExit(f"line {p['line']}: unknown geo mode {mode}")
            p["specs"].append({"mode": mode, "place": place, "point": point})
    for m in doc["dms"] + doc["others"] + doc["boosts"]:
        m["local"] = m["local"].replace(second=rng.randrange(60))
        m["utc"] = to_utc(m["local"], tz)
        m["ts"] = int(m["utc"].timestamp())
    seen = {}
    for p in doc["posts"] + doc["dms"] + doc["others"] + doc["boosts"]:
        if p["ts"] in seen:
            raise SystemExit(f"two messages at the same second: lines {seen[p['ts']]} and {p['line']}")
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


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


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


TCO = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


# --------------------------------------------------------------------------- Telegram Desktop (result.json)

TG_TOKEN = re.compile(r"\*\*(.+?)\*\*|(https?://[^\s，。）)]+)|(?<![\w@])(#[\w\u4e00-\u9fff]+)|(?<![\w])(@[A-Za-z]\w{3,31})")
TG_NOT_INCLUDED = "(File not included. Change data exporting settings to download.)"


def tg_text(s):
    """KEY text -> (plain text, export 'text' value, text_entities). **x** marks bold."""
    parts, plain, pos = [], [], 0
    for mm in TG_TOKEN.finditer(s):
        if mm.start() > pos:
            parts.append(("plain", s[pos:mm.start()]))
        if mm.group(1) is not None:
            parts.append(("bold", mm.group(1)))
        elif mm.group(2) is not None:
            parts.append(("link", mm.group(2)))
        elif mm.group(3) is not None:
            parts.append(("hashtag", mm.group(3)))
        else:
            parts.append(("mention", mm.group(4)))
        pos = mm.end()
    if pos < len(s):
        parts.append(("plain", s[pos:]))
    full = "".join(t for _, t in parts)
    ents = [{"type": k, "text": t} for k, t in parts]
    if all(k == "plain" for k, _ in parts):
        return full, full, ents
    return full, [t if k == "plain" else {"type": k, "text": t} for k, t in parts], ents


def tg_local(ts, tz):
    return datetime.fromtimestamp(ts, tz).strftime("%Y-%m-%dT%H:%M:%S")


def build_telegram(doc, rng, persona):
    user, name, uid = owner(doc)
    m = doc["meta"]
    tz = ZoneInfo(m["timezone"])
    files, labels = {}, []
    chats = {}
    for line in m["chat"]:
        key, ctype, cid, cname = [x.strip() for x in line.split("|")]
        chats[key] = {"key": key, "type": ctype, "id": int(cid), "name": cname, "items": []}
    members = {}
    for line in m.get("member", []):
        key, mname, mid = [x.strip() for x in line.split("|")]
        members[key] = (mname, mid)
    for p in doc["posts"]:
        chat, _, kind = p["kind"].partition("/")
        if chat not in chats:
            raise SystemExit(f"line {p['line']}: unknown chat {chat}")
        chats[chat]["items"].append(("post", p, kind))
    for o in doc["others"]:
        chats[o["chat"]]["items"].append(("other", o, ""))
    for h, msgs in dm_threads(doc).items():
        c = doc["contacts"][h]
        key = "dm:" + h
        chats[key] = {"key": key, "type": "personal_chat", "id": int(c["id"][4:]), "name": c["name"],
                      "items": [("dm", x, "") for x in msgs]}
    for c in chats.values():
        c["items"].sort(key=lambda x: x[1]["ts"])
        c["last"] = c["items"][-1][1]["ts"]
    order = sorted(chats.values(), key=lambda c: -c["last"])
    for n, c in enumerate(order, 1):
        c["folder"] = f"chats/chat_{n:03d}"
    owner_from = f"user{uid}"
    out_chats = []
    for c in order:
        msgs = []
        mid = rng.randint(2, 40)
        photo_n = video_n = 0
        for what, x, kind in c["items"]:
            mid += rng.choice([1, 1, 1, 2, 3])
            msg = {"id": mid, "type": "message", "date": tg_local(x["ts"], tz), "date_unixtime": str(x["ts"])}
            if what == "post" and rng.random() < 0.06 and not x["specs"]:
                ed = x["ts"] + rng.randint(40, 3000)
                msg["edited"] = tg_local(ed, tz)
                msg["edited_unixtime"] = str(ed)
            if what == "other":
                mname, mid_ = members[x["member"]]
                msg["from"], msg["from_id"] = mname, f"user{mid_}"
            elif what == "dm":
                cc = doc["contacts"][x["handle"]]
                if x["dir"] == "out":
                    msg["from"], msg["from_id"] = name, owner_from
                else:
                    msg["from"], msg["from_id"] = cc["name"], cc["id"]
            elif c["type"] in ("public_channel", "private_channel"):
                msg["from"], msg["from_id"] = c["name"], f"channel{c['id']}"
                msg["author"] = name
            else:
                msg["from"], msg["from_id"] = name, owner_from
            text = x["text"]
            if what == "post":
                mods = kind.split(",") if kind else []
                for mod in mods:
                    if mod.startswith("fwd:"):
                        msg["forwarded_from"] = mod[4:]
                if x["specs"]:
                    s = x["specs"][0]
                    pl = s["place"]
                    if s["mode"] == "venue":
                        msg["place_name"] = pl["name"]
                        msg["address"] = pl["address"]
                    msg["location_information"] = {"latitude": s["point"][0], "longitude": s["point"][1]}
                    if s["mode"] == "live":
                        msg["live_location_period_seconds"] = rng.choice([900, 3600, 28800])
                    want = f"{pl['name']}\n{pl['address']}" if s["mode"] == "venue" else "(location)"
                    if text != want:
                        raise SystemExit(f"line {x['line']}: location message text must read {want!r}")
                    msg["text"], msg["text_entities"] = "", []
                    msgs.append(msg)
                    labels.append(label_post(x, f"{c['id']}:{mid}", text, geo=s["point"]))
                    continue
                if "photo" in mods:
                    photo_n += 1
                    stamp = datetime.fromtimestamp(x["ts"], tz).strftime("%d-%m-%Y_%H-%M-%S")
                    path = f"{c['folder']}/photos/photo_{photo_n}@{stamp}.jpg"
                    files[path] = make_jpeg(rng)
                    msg["photo"] = path
                    msg["width"], msg["height"] = rng.choice([(1280, 960), (960, 1280), (1280, 720), (1280, 1280)])
                if "video" in mods or "video-missing" in mods:
                    video_n += 1
                    stamp = datetime.fromtimestamp(x["ts"], tz).strftime("%Y%m%d_%H%M%S")
                    path = f"{c['folder']}/video_files/VID_{stamp}.mp4"
                    if "video" in mods:
                        files[path] = make_mp4(rng)
                        msg["file"] = path
                    else:
                        msg["file"] = TG_NOT_INCLUDED
                    msg["file_name"] = f"VID_{stamp}.mp4"
                    msg["thumbnail"] = path + "_thumb.jpg"
                    files[path + "_thumb.jpg"] = make_jpeg(rng)
                    msg["media_type"] = "video_file"
                    msg["mime_type"] = "video/mp4"
                    msg["duration_seconds"] = rng.randint(6, 58)
                    msg["width"], msg["height"] = 1280, 720
            full, tval, ents = tg_text(text)
            msg["text"], msg["text_entities"] = tval, ents
            msgs.append(msg)
            if what == "post":
                labels.append(label_post(x, f"{c['id']}:{mid}", full))
        # a service message at the start of groups/channels
        chat = {}
        if c["type"] != "saved_messages":
            chat["name"] = c["name"]
        chat["type"] = c["type"]
        chat["id"] = c["id"]
        if c["type"] in ("private_group", "private_supergroup", "public_channel"):
            first = c["items"][0][1]["ts"] - rng.randint(86400, 86400 * 40)
            action = "create_group" if c["type"] == "private_group" else "create_channel"
            creator = next((members[o[1]["member"]] for o in c["items"] if o[0] == "other"), None)
            if c["type"] == "public_channel":
                actor, actor_id = c["name"], f"channel{c['id']}"
            elif creator:
                actor, actor_id = creator[0], f"user{creator[1]}"
            else:
                actor, actor_id = name, owner_from
            svc = {"id": 1, "type": "service", "date": tg_local(first, tz), "date_unixtime": str(first),
                   "actor": actor, "actor_id": actor_id, "action": action, "title": c["name"]}
            if action == "create_group":
                svc["members"] = [name] + sorted({members[o[1]["member"]][0] for o in c["items"] if o[0] == "other"})
            svc["text"], svc["text_entities"] = "", []
            msgs.insert(0, svc)
        chat["messages"] = msgs
        out_chats.append(chat)
    contacts_list = []
    for line in m.get("addressbook", "").split(";"):
        if line.strip():
            first, last, cid, phone, day = [x.strip() for x in line.split(",")]
            ts = ts_of(day, m["timezone"], 20) + rng.randrange(3600)
            contacts_list.append({"user_id": int(cid), "first_name": first, "last_name": last,
                                  "phone_number": phone, "date": tg_local(ts, tz), "date_unixtime": str(ts)})
    result = {
        "about": "Here is the data you requested. Remember: Telegram is ad free, it doesn't sell your data, and "
                 "it doesn't use your data for targeting. Read more at https://telegram.org/privacy",
        "personal_information": {"user_id": int(uid), "first_name": m["first_name"], "last_name": m["last_name"],
                                 "phone_number": m["phone"], "username": "@" + user, "bio": m["bio"]},
        "profile_pictures": [],
        "contacts": {"about": "This is your contact list.", "list": contacts_list},
        "frequent_contacts": {"about": "This is your list of frequent contacts.", "list": []},
        "chats": {"about": "This page lists all chats from this export.", "list": out_chats},
        "left_chats": {"about": "This page lists all chats you have left.", "list": []},
    }
    pic_ts = ts_of(m["profile_photo_day"], m["timezone"], 21)
    pic = f"profile_pictures/photo_1@{datetime.fromtimestamp(pic_ts, tz).strftime('%d-%m-%Y_%H-%M-%S')}.jpg"
    files[pic] = make_jpeg(rng)
    result["profile_pictures"] = [{"date": tg_local(pic_ts, tz), "date_unixtime": str(pic_ts), "photo": pic}]
    files["result.json"] = json.dumps(result, ensure_ascii=False, indent=1)
    files["export_results.html"] = ("<!DOCTYPE html>\n<html>\n <head>\n  <meta charset=\"utf-8\"/>\n"
                                    "  <title>Exported Data</title>\n </head>\n <body>\n  <div class=\"page_wrap\">"
                                    "Machine-readable JSON export: result.json</div>\n </body>\n</html>\n")
    return files, labels


# --------------------------------------------------------------------------- Mastodon (zip, S3-prefixed media)

MASTO_CONTEXT = ["https://www.w3.org/ns/activitystreams", {
    "ostatus": "http://ostatus.org#", "atomUri": "ostatus:atomUri", "inReplyToAtomUri": "ostatus:inReplyToAtomUri",
    "conversation": "ostatus:conversation", "sensitive": "as:sensitive", "toot": "http://joinmastodon.org/ns#",
    "votersCount": "toot:votersCount", "blurhash": "toot:blurhash",
    "focalPoint": {"@container": "@list", "@id": "toot:focalPoint"},
    "Hashtag": "as:Hashtag"}]
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
BLURHASH = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-:;=?@[]^_{|}~"


def masto_id(rng, ts_ms):
    return str((ts_ms << 16) | rng.randrange(1 << 16))


def masto_esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


MASTO_TOKEN = re.compile(r"(https?://[^\s<]+[^\s<.,;:!?)])|(?<![\w/])#(\w+)|(?<![\w/])@(\w+)@([\w.-]+\w)")


def masto_html(text, base, known):
    """Plain text -> Mastodon's status HTML (paragraphs, <br />, linkified tags, mentions, urls)."""
    tags, paras = [], []
    for para in text.split("\n\n"):
        lines = []
        for line in para.split("\n"):
            out, pos = [], 0
            for mm in MASTO_TOKEN.finditer(line):
                out.append(masto_esc(line[pos:mm.start()]))
                if mm.group(1):
                    url = mm.group(1)
                    scheme, rest = url.split("://", 1)
                    vis, inv = (rest[:30], rest[30:]) if len(rest) > 30 else (rest, "")
                    out.append(f'<a href="{masto_esc(url)}" target="_blank" rel="nofollow noopener noreferrer" '
                               f'translate="no"><span class="invisible">{scheme}://</span>'
                               f'<span class="{"ellipsis" if inv else ""}">{masto_esc(vis)}</span>'
                               f'<span class="invisible">{masto_esc(inv)}</span></a>')
                elif mm.group(2):
                    tag = mm.group(2)
                    out.append(f'<a href="{base}/tags/{tag.lower()}" class="mention hashtag" rel="tag">'
                               f'#<span>{masto_esc(tag)}</span></a>')
                    tags.append({"type": "Hashtag", "href": f"{base}/tags/{tag.lower()}", "name": f"#{tag.lower()}"})
                else:
                    u, host = mm.group(3), mm.group(4)
                    href = known.get(f"{u}@{host}", f"https://{host}/@{u}")
                    out.append(f'<span class="h-card" translate="no"><a href="{href}" class="u-url mention">'
                               f'@<span>{masto_esc(u)}</span></a></span>')
                    tags.append({"type": "Mention", "href": href, "name": f"@{u}@{host}"})
                pos = mm.end()
            out.append(masto_esc(line[pos:]))
            lines.append("".join(out))
        paras.append("<p>" + "<br />".join(lines) + "</p>")
    return "".join(paras), tags


def masto_plain(text):
    """What the status HTML reads as once tags are stripped: remote mentions show only '@user'."""
    return re.sub(r"(?<![\w/])@(\w+)@[\w.-]+\w", r"@\1", text)


def build_mastodon(doc, rng, persona):
    user, name, _ = owner(doc)
    m = doc["meta"]
    host = m["instance"]
    base = f"https://{host}"
    actor = f"{base}/users/{user}"
    followers = f"{actor}/followers"
    bucket = m["bucket"]
    files, labels, items = {}, [], []
    known = {}
    for c in doc["contacts"].values():
        known[c["handle"]] = c["id"]
    for line in m.get("mention", []):
        acct, href = [x.strip() for x in line.split("|")]
        known[acct] = href
    conv_n = int(m["conversation_base"])
    prev_sid = {}

    def status(p, text, sid, to, cc, reply_to=None, summary=None, attach=None, prefix=None, conv=None):
        nonlocal conv_n
        body, tags = masto_html(text, base, known)
        if prefix:
            body = "<p>" + prefix[0] + body[3:]
            tags = prefix[1] + tags
        pub = iso_z(p["utc"])
        if conv is None:
            conv_n += rng.randint(3, 900)
            conv = conv_n
        obj = {"id": f"{actor}/statuses/{sid}", "type": "Note", "summary": summary,
               "inReplyTo": reply_to, "published": pub, "url": f"{base}/@{user}/{sid}", "attributedTo": actor,
               "to": to, "cc": cc, "sensitive": summary is not None, "atomUri": f"{actor}/statuses/{sid}",
               "inReplyToAtomUri": reply_to,
               "conversation": f"tag:{host},{p['utc'].strftime('%Y-%m-%d')}:objectId={conv}:objectType=Conversation",
               "content": body, "contentMap": {"en": body}, "attachment": attach or [], "tag": tags,
               "replies": {"id": f"{actor}/statuses/{sid}/replies", "type": "Collection",
                           "first": {"type": "CollectionPage", "next": f"{actor}/statuses/{sid}/replies?only_other_accounts=true&page=true",
                                     "partOf": f"{actor}/statuses/{sid}/replies", "items": []}}}
        if p.get("edited"):
            obj["updated"] = iso_z(p["utc"] + timedelta(seconds=p["edited"]))
        return {"id": f"{actor}/statuses/{sid}/activity", "type": "Create", "actor": actor, "published": pub,
                "to": to, "cc": cc, "object": obj}, conv

    last_sid, last_conv = None, None
    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        kind, text = p["kind"], p["text"]
        mods = kind.split(",")
        sid = masto_id(rng, p["ts"] * 1000 + rng.randrange(1000))
        vis = "public"
        summary = None
        reply_to, conv = None, None
        attach = []
        for mod in mods:
            if mod in ("public", "unlisted", "private"):
                vis = mod
            elif mod.startswith("cw:"):
                summary = mod[3:]
            elif mod == "thread":
                reply_to, conv = f"{actor}/statuses/{last_sid}", last_conv
            elif mod.startswith("reply:"):
                acct = mod[6:]
                reply_to = f"{known[acct]}/statuses/{masto_id(rng, p['ts'] * 1000 - rng.randint(60_000, 7_200_000))}"
            elif mod.startswith("photo"):
                n = int(mod.split(":")[1]) if ":" in mod else 1
                for i in range(n):
                    aid = masto_id(rng, p["ts"] * 1000 - rng.randint(20_000, 600_000))
                    stem = hexs(rng, 16)
                    path = "/".join(aid[k:k + 3] for k in range(0, 18, 3))
                    rel = f"media_attachments/files/{path}/original/{stem}.jpeg"
                    files[rel] = make_jpeg(rng)
                    w, h = rng.choice([(1600, 1200), (1200, 1600), (2048, 1536)])
                    alt = None
                    if i < len(p["alt"]):
                        alt = p["alt"][i] or None
                    attach.append({"type": "Document", "mediaType": "image/jpeg", "url": f"/{bucket}/{rel}",
                                   "name": alt, "blurhash": "".join(rng.choice(BLURHASH) for _ in range(28)),
                                   "focalPoint": [0.0, 0.0], "width": w, "height": h})
            elif mod == "edited":
                p["edited"] = rng.randint(60, 5400)
            elif mod != "toot":
                raise SystemExit(f"mastodon: unknown kind {mod} (line {p['line']})")
        if vis == "public":
            to, cc = [PUBLIC], [followers]
        elif vis == "unlisted":
            to, cc = [followers], [PUBLIC]
        else:
            to, cc = [followers], []
        if reply_to and not reply_to.startswith(actor):
            acct = next(x[6:] for x in mods if x.startswith("reply:"))
            cc = cc + [known[acct]]
        item, conv = status(p, text, sid, to, cc, reply_to=reply_to, summary=summary, attach=attach, conv=conv)
        items.append((p["ts"], item))
        labels.append(label_post(p, sid, masto_plain(text)))
        last_sid, last_conv = sid, conv
    # direct messages: only the owner's side exists in an outbox; each replies to the contact's status
    for h, msgs in dm_threads(doc).items():
        c = doc["contacts"][h]
        u, chost = h.split("@")
        conv = None
        for msg in msgs:
            if msg["dir"] != "out":
                raise SystemExit(f"mastodon outbox holds only the owner's messages (line {msg['line']})")
            sid = masto_id(rng, msg["ts"] * 1000 + rng.randrange(1000))
            their = f"{c['id']}/statuses/{masto_id(rng, msg['ts'] * 1000 - rng.randint(60_000, 20 * 3_600_000))}"
            mention = (f'<span class="h-card" translate="no"><a href="{c["id"]}" class="u-url mention">'
                       f'@<span>{masto_esc(u)}</span></a></span> ',
                       [{"type": "Mention", "href": c["id"], "name": f"@{h}"}])
            item, conv = status(msg, msg["text"], sid, [c["id"]], [], reply_to=their, prefix=mention, conv=conv)
            items.append((msg["ts"], item))
    for b in doc["boosts"]:
        bid = masto_id(rng, b["ts"] * 1000 + rng.randrange(1000))
        author = b["uri"].split("/statuses/")[0]
        items.append((b["ts"], {"id": f"{actor}/statuses/{bid}/activity", "type": "Announce", "actor": actor,
                                "published": iso_z(b["utc"]), "to": [PUBLIC], "cc": [author, followers],
                                "object": b["uri"]}))
    items.sort(key=lambda x: x[0])
    outbox = {"@context": MASTO_CONTEXT, "id": "outbox.json", "type": "OrderedCollection",
              "totalItems": len(items) + int(m["deleted_statuses"]), "orderedItems": [x[1] for x in items]}
    files["outbox.json"] = json.dumps(outbox, ensure_ascii=False, separators=(",", ":"))
    fields = []
    for line in m.get("field", []):
        k, v = [x.strip() for x in line.split("|", 1)]
        fields.append({"type": "PropertyValue", "name": k, "value": masto_html(v, base, known)[0][3:-4]})
    created = m["account_created"]
    pem_body = "".join(rng.choice(TCO + "+/") for _ in range(360))
    pem = ("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
           + "\n".join(pem_body[i:i + 64] for i in range(0, len(pem_body), 64)) + "IDAQAB\n-----END PUBLIC KEY-----\n")
    actor_doc = {
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1", {
            "manuallyApprovesFollowers": "as:manuallyApprovesFollowers", "toot": "http://joinmastodon.org/ns#",
            "featured": {"@id": "toot:featured", "@type": "@id"}, "schema": "http://schema.org#",
            "PropertyValue": "schema:PropertyValue", "value": "schema:value", "discoverable": "toot:discoverable",
            "indexable": "toot:indexable"}],
        "id": actor, "type": "Person", "following": f"{actor}/following", "followers": followers,
        "inbox": f"{actor}/inbox", "outbox": "outbox.json", "featured": f"{actor}/collections/featured",
        "preferredUsername": user, "name": name, "summary": masto_html(m["bio"], base, known)[0],
        "url": f"{base}/@{user}", "manuallyApprovesFollowers": False, "discoverable": True, "indexable": False,
        "published": created, "memorial": False,
        "publicKey": {"id": f"{actor}#main-key", "owner": actor, "publicKeyPem": pem},
        "tag": [], "attachment": fields,
        "endpoints": {"sharedInbox": f"{base}/inbox"},
        "icon": {"type": "Image", "mediaType": "image/jpeg", "url": "avatar.jpg"},
        "image": {"type": "Image", "mediaType": "image/jpeg", "url": "header.jpeg"},
        "likes": "likes.json", "bookmarks": "bookmarks.json"}
    files["actor.json"] = json.dumps(actor_doc, ensure_ascii=False, separators=(",", ":"))
    files["avatar.jpg"] = make_jpeg(rng)
    files["header.jpeg"] = make_jpeg(rng)
    likes = [f"https://{h}/users/{u}/statuses/{masto_id(rng, (1668000000 + rng.randrange(75_000_000)) * 1000)}"
             for u, h in (x.split("@") for x in m["liked_accounts"].split(";")) for _ in range(3)]
    files["likes.json"] = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "likes.json",
                                      "type": "OrderedCollection", "orderedItems": likes}, separators=(",", ":"))
    files["bookmarks.json"] = json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "bookmarks.json",
                                          "type": "OrderedCollection", "orderedItems": likes[1:3]},
                                         separators=(",", ":"))
    return files, labels


# --------------------------------------------------------------------------- X / Twitter (2023+ generation)

TWITTER_EPOCH_MS = 1288834974657


def jackson(o, ind=0):
    """Jackson's default pretty printer: ' : ', arrays inline '[ a, b ]', objects one key a line, '[ ]' / '{ }'."""
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


def ytd_new(name, items):
    """2024 layout: 'window.YTD.x.part0 = [' then one record per line block, 2-space indented."""
    if not items:
        return f"window.YTD.{name} = [ ]"
    return (f"window.YTD.{name} = [\n" + ",\n".join("  " + jackson(it, 2) for it in items) + "\n]")


def snowflake(rng, ts_ms):
    return str(((ts_ms - TWITTER_EPOCH_MS) << 22) | rng.randrange(1 << 22))


def x_date(ts):
    return datetime.fromtimestamp(ts, UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")


def x_iso(ts_ms):
    return datetime.fromtimestamp(ts_ms / 1000, UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{ts_ms % 1000:03d}Z"


def html_min(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_x_new(doc, rng, persona):
    user, name, uid = owner(doc)
    m = doc["meta"]
    files, labels, tweets, notes = {}, [], [], []
    src_iphone = '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>'
    src_web = '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>'
    people = {}
    for line in (e for ln in m.get("mention", []) for e in ln.split(";") if e.strip()):
        sn, nm, pid = [x.strip() for x in line.split("|")]
        people[sn.lower()] = (sn, nm, pid)
    for c in doc["contacts"].values():
        people.setdefault(c["handle"].lower(), (c["handle"], c["name"], c["id"]))
    place_ids = {}

    def place_obj(pl, ptype):
        if pl["key"] not in place_ids:
            place_ids[pl["key"]] = hexs(rng, 16)
        pid = place_ids[pl["key"]]
        city, _, country = pl["address"].rpartition(",")
        d = 0.0 if ptype == "poi" else 0.08
        ring = [[pl["lon"] - d, pl["lat"] - d], [pl["lon"] + d, pl["lat"] - d],
                [pl["lon"] + d, pl["lat"] + d], [pl["lon"] - d, pl["lat"] + d]]
        return {"name": pl["name"] if ptype == "poi" else city.strip(),
                "full_name": pl["name"] if ptype == "poi" else f"{city.strip()}, {country.strip()}",
                "country_code": ccodes[country.strip()],
                "country": country.strip(), "place_type": ptype, "attributes": {}, "id": pid,
                "url": f"https://api.twitter.com/1.1/geo/id/{pid}.json",
                "bounding_box": {"type": "Polygon",
                                 "coordinates": [[[str(round(a, 6)), str(round(b, 6))] for a, b in ring]]}}

    ccodes = dict(x.split("=") for x in m["country_codes"].split(";"))
    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        kind, text = p["kind"], p["text"]
        ts_ms = p["ts"] * 1000 + rng.randrange(1000)
        tid = snowflake(rng, ts_ms)
        ent = {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []}
        ext, reply, body, label_text = None, None, text, text
        n_photo = 0
        if kind.startswith("link:"):
            url = kind[5:]
            short = "https://t.co/" + "".join(rng.choice(TCO) for _ in range(10))
            body = text + " " + short
            s = len(text) + 1
            disp = url.split("//", 1)[1]
            ent["urls"].append({"url": short, "expanded_url": url,
                                "display_url": disp[:26] + ("…" if len(disp) > 26 else ""),
                                "indices": [str(s), str(s + len(short))]})
        elif kind.startswith("reply:"):
            reply = people[kind[6:].lower()]
        elif kind.startswith("rt:"):
            body = f"RT @{kind[3:]}: {text}"
            label_text = body
        elif kind == "note":
            short = "https://t.co/" + "".join(rng.choice(TCO) for _ in range(10))
            head = text[:268].rstrip()
            body = head + "… " + short
            s = len(head) + 2
            ent["urls"].append({"url": short, "expanded_url": f"https://twitter.com/i/web/status/{tid}",
                                "display_url": f"twitter.com/i/web/status/1…", "indices": [str(s), str(s + len(short))]})
            notes.append({"noteTweet": {"noteTweetId": snowflake(rng, ts_ms - rng.randint(500, 5000)),
                                        "updatedAt": x_iso(p["ts"] * 1000),
                                        "lifecycle": {"value": "1", "name": "Active", "originalValue": "1",
                                                      "annotations": {}},
                                        "createdAt": x_iso(p["ts"] * 1000),
                                        "core": {"styletags": [], "urls": [], "mentions": [], "cashtags": [],
                                                 "text": text,
                                                 "hashtags": [{"text": mm.group(1), "fromIndex": str(mm.start()),
                                                               "toIndex": str(mm.end())}
                                                              for mm in re.finditer(r"(?<![\w&])#(\w+)", text)]}}})
        elif kind.startswith("photo"):
            n_photo = int(kind.split(":")[1]) if ":" in kind else 1
        elif kind != "tweet":
            raise SystemExit(f"x: unknown kind {kind}")
        scan = body
        for mm in re.finditer(r"(?<![\w&])#(\w+)", scan):
            ent["hashtags"].append({"text": mm.group(1), "indices": [str(mm.start()), str(mm.end())]})
        for mm in re.finditer(r"(?<![\w])@(\w{2,15})", scan):
            if mm.group(1).lower() in people:
                sn, nm, pid = people[mm.group(1).lower()]
                ent["user_mentions"].append({"name": nm, "screen_name": sn,
                                             "indices": [str(mm.start()), str(mm.end())], "id_str": pid, "id": pid})
        shown_end = len(body)
        if n_photo:
            short = "https://t.co/" + "".join(rng.choice(TCO) for _ in range(10))
            s = len(body) + 1
            body = body + " " + short
            label_text = body
            media = []
            for i in range(n_photo):
                mid = snowflake(rng, ts_ms - rng.randint(2000, 60000))
                base = "".join(rng.choice(TCO + "-_") for _ in range(15))
                files[f"data/tweets_media/{tid}-{base}.jpg"] = make_jpeg(rng)
                w, hh = rng.choice([(1179, 2096), (2048, 1536), (1536, 2048)])
                med = {"expanded_url": f"https://twitter.com/{user}/status/{tid}/photo/{i + 1}",
                       "indices": [str(s), str(s + len(short))], "url": short,
                       "media_url": f"http://pbs.twimg.com/media/{base}.jpg", "id_str": mid, "id": mid,
                       "media_url_https": f"https://pbs.twimg.com/media/{base}.jpg",
                       "sizes": {"small": {"w": str(w * 680 // max(w, hh)), "h": str(hh * 680 // max(w, hh)), "resize": "fit"},
                                 "thumb": {"w": "150", "h": "150", "resize": "crop"},
                                 "medium": {"w": str(w * 1200 // max(w, hh)), "h": str(hh * 1200 // max(w, hh)), "resize": "fit"},
                                 "large": {"w": str(w), "h": str(hh), "resize": "fit"}},
                       "type": "photo", "display_url": "pic.twitter.com/" + short[-10:]}
                media.append(med)
            ent["media"] = [dict(media[0])]
            ext = {"media": media}
        elif kind.startswith("link:"):
            label_text = body
        elif kind == "note":
            label_text = text
        eligible = not kind.startswith("rt:") and not reply
        tw = {"edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": x_iso(ts_ms + 3_600_000),
                                        "editsRemaining": "5", "isEditEligible": eligible}},
              "retweeted": False, "source": src_web if rng.random() < 0.1 else src_iphone, "entities": ent,
              "display_text_range": ["0", str(shown_end if not kind.startswith("rt:") else min(shown_end, 140))],
              "favorite_count": str(0 if kind.startswith("rt:") else rng.choice([0, 0, 1, 2, 3, 5, 8, 13]))}
        if reply:
            sn, nm, pid = reply
            tw["in_reply_to_status_id_str"] = snowflake(rng, ts_ms - rng.randint(60000, 7200000))
            tw["in_reply_to_user_id"] = pid
            tw["in_reply_to_status_id"] = tw["in_reply_to_status_id_str"]
            tw["in_reply_to_user_id_str"] = pid
            tw["in_reply_to_screen_name"] = sn
        tw.update({"id_str": tid, "truncated": False,
                   "retweet_count": str(rng.choice([0, 0, 0, 1, 2]) if not kind.startswith("rt:") else rng.randint(5, 400)),
                   "id": tid})
        if n_photo or kind.startswith("link:"):
            tw["possibly_sensitive"] = False
        tw.update({"created_at": x_date(p["ts"]), "favorited": False, "full_text": html_min(body),
                   "lang": m.get("lang", "en") if not re.search(r"[\u4e00-\u9fff]{4}", text) else "zh"})
        if ext:
            tw["extended_entities"] = ext
        g = spec(p, "gps")
        pl = spec(p, "place")
        if g is not None:
            if not n_photo:
                raise SystemExit(f"line {p['line']}: precise location only on in-app camera photos")
            lat, lon = g["point"]
            tw["geo"] = {"type": "Point", "coordinates": [str(lat), str(lon)]}
            tw["coordinates"] = {"type": "Point", "coordinates": [str(lon), str(lat)]}
            local_kinds = ("office", "home", "routine")
            city = doc["places"][m["home_city"]] if g["place"]["kind"] in local_kinds else g["place"]
            tw["place"] = place_obj(city, "city")
        elif pl is not None:
            tw["place"] = place_obj(pl["place"], pl["place"].get("ptype", "city"))
        tweets.append({"tweet": tw})
        labels.append(label_post(p, tid, label_text, geo=None if g is None else g["point"]))
    tweets.reverse()
    cut = int(m["part0_count"])
    files["data/tweets.js"] = ytd_new("tweets.part0", tweets[:cut])
    files["data/tweets-part1.js"] = ytd_new("tweets.part1", tweets[cut:])
    parts = [("data/tweets.js", "YTD.tweets.part0", cut), ("data/tweets-part1.js", "YTD.tweets.part1", len(tweets) - cut)]
    notes.sort(key=lambda x: x["noteTweet"]["createdAt"], reverse=True)
    files["data/note-tweet.js"] = ytd_new("note_tweet.part0", notes)
    files["data/account.js"] = ytd_new("account.part0", [{"account": {
        "email": m["email"], "createdVia": "iphone", "username": user, "accountId": uid,
        "createdAt": m["account_created"], "accountDisplayName": name}}])
    files["data/account-timezone.js"] = ytd_new("account_timezone.part0", [{"accountTimezone": {
        "accountId": uid, "timeZone": m["x_timezone"]}}])
    files["data/profile.js"] = ytd_new("profile.part0", [{"profile": {
        "description": {"bio": m["bio"], "website": "", "location": m["profile_location"]},
        "avatarMediaUrl": f"https://pbs.twimg.com/profile_images/{digits(rng, 19)}/{''.join(rng.choice(TCO) for _ in range(8))}_400x400.jpg",
        "headerMediaUrl": f"https://pbs.twimg.com/profile_banners/{uid}/{digits(rng, 10)}"}}])
    files["data/phone-number.js"] = ytd_new("phone_number.part0", [{"device": {"phoneNumber": m["phone"]}}])
    files["data/ageinfo.js"] = ytd_new("ageinfo.part0", [{"ageMeta": {"ageInfo": {"age": [m["age"]],
                                                                                   "birthDate": m["birthday"]}}}])
    files["data/personalization.js"] = ytd_new("personalization.part0", [{"p13nData": {
        "demographics": {"languages": [{"language": "English", "isDisabled": False}],
                         "genderInfo": {"gender": m["gender"]}},
        "interests": {"interests": [{"name": x, "isDisabled": False} for x in m["interests"].split(";")],
                      "partnerInterests": [], "audienceAndAdvertisers": {"numAudiences": "0", "advertisers": [],
                                                                         "lookalikeAdvertisers": [],
                                                                         "doNotReachAdvertisers": [],
                                                                         "catalogAudienceAdvertisers": [],
                                                                         "numberOfInterests": "0"},
                      "shows": []},
        "locationHistory": [], "inferredAgeInfo": {"age": [m["age"]], "birthDate": ""}}}])
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
    files["data/direct-messages.js"] = ytd_new("direct_messages.part0", [x[1] for x in convs])
    files["data/direct-messages-group.js"] = ytd_new("direct_messages_group.part0", [])
    files["data/deleted-tweets.js"] = ytd_new("deleted_tweets.part0", [])
    files["data/community-tweet.js"] = ytd_new("community_tweet.part0", [])

    def dt(key, fname, gname, count, media=None):
        d = {"files": [{"fileName": fname, "globalName": gname, "count": str(count)}]}
        if media:
            d = {"mediaDirectory": media, **d}
        return key, d
    dtypes = dict([
        dt("account", "data/account.js", "YTD.account.part0", 1),
        dt("accountTimezone", "data/account-timezone.js", "YTD.account_timezone.part0", 1),
        dt("ageinfo", "data/ageinfo.js", "YTD.ageinfo.part0", 1),
        dt("communityTweet", "data/community-tweet.js", "YTD.community_tweet.part0", 0, "data/community_tweet_media"),
        dt("deletedTweets", "data/deleted-tweets.js", "YTD.deleted_tweets.part0", 0, "data/deleted_tweets_media"),
        dt("directMessages", "data/direct-messages.js", "YTD.direct_messages.part0", len(convs),
           "data/direct_messages_media"),
        dt("directMessagesGroup", "data/direct-messages-group.js", "YTD.direct_messages_group.part0", 0,
           "data/direct_messages_group_media"),
        dt("noteTweet", "data/note-tweet.js", "YTD.note_tweet.part0", len(notes)),
        dt("personalization", "data/personalization.js", "YTD.personalization.part0", 1),
        dt("phoneNumber", "data/phone-number.js", "YTD.phone_number.part0", 1),
        dt("profile", "data/profile.js", "YTD.profile.part0", 1, "data/profile_media"),
    ])
    dtypes["tweets"] = {"mediaDirectory": "data/tweets_media",
                        "files": [{"fileName": f, "globalName": g, "count": str(n)} for f, g, n in parts]}
    dtypes = dict(sorted(dtypes.items()))
    size = sum(len(v) if isinstance(v, bytes) else len(v.encode()) for v in files.values())
    files["data/manifest.js"] = "window.__THAR_CONFIG = " + jackson({
        "userInfo": {"accountId": uid, "userName": user, "displayName": name},
        "archiveInfo": {"sizeBytes": str(size), "generationDate": m["export"] + "T03:41:27.504Z",
                        "isPartialArchive": False, "maxPartSizeBytes": "53687091200"},
        "readmeInfo": {"fileName": "data/README.txt", "directory": "data/", "name": "README.txt"},
        "dataTypes": dtypes})
    files["data/README.txt"] = ("Twitter Archive\n\nThe data in this archive is described below. The filename for each "
                                "media file in the tweets_media folder contains a numerical ID that corresponds to a "
                                "Tweet. For location data associated with the account, please refer to location in "
                                "profile.js and locationHistory in personalization.js.\n")
    files["Your archive.html"] = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Your archive</title>"
                                  "</head><body></body></html>\n")
    return files, labels


# --------------------------------------------------------------------------- Instagram (older, 2020-2021 layout)

IG_LENSES_OLD = [("HUAWEI", "HUAWEI P20 back camera 3.95mm f/1.8"), ("HUAWEI", "HUAWEI P30 back camera 5.58mm f/1.8"),
                 ("HUAWEI", "HUAWEI Mate 40 back camera 5.58mm f/1.9")]


def ig_name(rng):
    return (f"{digits(rng, 9)}_{digits(rng, 15)}_{digits(rng, 19)}_n_", digits(rng, 17, "1"))


def build_instagram_old(doc, rng, persona):
    user, name, uid = owner(doc)
    m = doc["meta"]
    tz = ZoneInfo(m["timezone"])
    files, labels, posts, stories = {}, [], [], []
    device = hexs(rng, 8).upper() + "-" + "-".join(hexs(rng, k).upper() for k in (4, 4, 4, 12))

    def media_item(p, folder, idx, gps):
        stem, mid = ig_name(rng)
        month = datetime.fromtimestamp(p["ts"], tz).strftime("%Y%m")
        uri = f"media/{folder}/{month}/{stem}{mid}.jpg"
        files[uri] = make_jpeg(rng)
        taken = p["ts"] - rng.randint(60, 5400) - idx * rng.randint(5, 90)
        camera = gps is not None or rng.random() < 0.55
        if camera:
            lens = IG_LENSES_OLD[0 if p["local"].year < 2019 or (p["local"].year == 2019 and p["local"].month < 6)
                                 else (1 if p["local"].year < 2021 else 2)]
            local = datetime.fromtimestamp(taken, tz).strftime("%Y:%m:%d %H:%M:%S")
            ex = {}
            if gps is not None and idx == 0:
                ex["latitude"], ex["longitude"] = gps
            ex.update({"date_time_original": local, "date_time_digitized": local, "source_type": "camera",
                       "device_id": device, "lens_make": lens[0], "lens_model": lens[1],
                       "iso": rng.choice([50, 64, 100, 200, 400, 800]), "focal_length": lens[1].split()[-2][:-2],
                       "scene_capture_type": "standard"})
            meta = {"photo_metadata": {"exif_data": [ex]}}
        else:
            meta = {"photo_metadata": {"exif_data": [{"source_type": "library"}]}}
        return mid, {"uri": uri, "creation_timestamp": p["ts"] - idx, "media_metadata": meta}

    for p in sorted(doc["posts"], key=lambda p: p["ts"]):
        kind, text = p["kind"], p["text"]
        g = spec(p, "gps")
        gps = None if g is None else g["point"]
        if kind == "story":
            mid, item = media_item(p, "stories", 0, gps)
            item["title"] = text
            stories.append((p["ts"], item))
        elif kind.startswith("carousel:"):
            n = int(kind.split(":")[1])
            items = []
            for i in range(n):
                mi, item = media_item(p, "posts", i, gps)
                mid = mid if i else mi
                item["title"] = ""
                items.append(item)
            posts.append((p["ts"], {"media": items, "title": text, "creation_timestamp": p["ts"]}))
        elif kind == "post":
            mid, item = media_item(p, "posts", 0, gps)
            item["title"] = text
            posts.append((p["ts"], {"media": [item]}))
        else:
            raise SystemExit(f"instagram: unknown kind {kind}")
        labels.append(label_post(p, mid, text, photo=gps))
    posts.sort(key=lambda x: -x[0])
    stories.sort(key=lambda x: -x[0])
    files["content/posts_1.json"] = meta_json([x[1] for x in posts])
    files["content/stories.json"] = meta_json({"ig_stories": [x[1] for x in stories]})
    pic_ts = ts_of(m["profile_photo_day"], m["timezone"], 20)
    pic = f"media/profile/{datetime.fromtimestamp(pic_ts, tz).strftime('%Y%m')}/{''.join(ig_name(rng))}.jpg"
    files[pic] = make_jpeg(rng)

    def smd(v, ts=0, href=""):
        return {"href": href, "value": v, "timestamp": ts}
    files["account_information/personal_information.json"] = meta_json({"profile_user": [{
        "title": "", "media_map_data": {"Profile Photo": {"uri": pic, "creation_timestamp": pic_ts, "title": ""}},
        "string_map_data": {"Email": smd(m["email"]), "Phone Confirmed": smd("False"), "Phone Number": smd(m["phone"]),
                            "Username": smd(user), "Name": smd(name), "Bio": smd(unescape_nl(m["bio"])),
                            "Gender": smd(m["gender"]), "Date of birth": smd(m["birthday"]),
                            "Private Account": smd("True"), "Website": smd("")}}]})
    files["account_information/account_information.json"] = meta_json({"profile_account_insights": [{
        "title": "", "media_map_data": {},
        "string_map_data": {"Contact Syncing": smd("False"),
                            "First Country Code": smd(m["country_code"]),
                            "Has Shared Live Video": smd("False"),
                            "Last Login": smd("", ts_of(m["export"], m["timezone"], 9)),
                            "Last Logout": smd("", ts_of(m["export"], m["timezone"], 8)),
                            "First Story Time": smd("", min(x[0] for x in stories) if stories else 0)}}]})
    files["information_about_you/account_based_in.json"] = meta_json({
        "inferred_data_primary_location": [{"title": "", "media_map_data": {},
                                            "string_map_data": {"City Name": smd(m["based_in"])}}]})
    for hd, msgs in dm_threads(doc).items():
        c = doc["contacts"][hd]
        folder = f"{re.sub(r'[^a-z0-9]', '', hd.lower())}_{hexs(rng, 10)}"
        out = [{"sender_name": name if x["dir"] == "out" else c["name"],
                "timestamp_ms": x["ts"] * 1000 + rng.randrange(1000), "content": x["text"], "type": "Generic",
                "is_unsent": False} for x in sorted(msgs, key=lambda x: -x["ts"])]
        files[f"messages/inbox/{folder}/message_1.json"] = meta_json({
            "participants": [{"name": c["name"]}, {"name": name}], "messages": out, "title": c["name"],
            "is_still_participant": True, "thread_type": "Regular", "thread_path": f"inbox/{folder}"})
    return files, labels


# --------------------------------------------------------------------------- driver

BUILDERS = {"telegram": build_telegram, "mastodon": build_mastodon, "x": build_x_new,
            "instagram": build_instagram_old}


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def attach_alts(doc):
    """Mastodon alt text: a trailing '⟦alt: A ¦ B⟧' block of a post's KEY text gives the attachments' alt text
    (attachment[].name); it is not part of the status text."""
    for p in doc["posts"]:
        p["alt"] = []
        mm = re.search(r"\s*⟦alt: (.*?)⟧$", p["text"])
        if mm:
            p["alt"] = [a.strip() for a in mm.group(1).split(" ¦ ")]
            p["text"] = p["text"][:mm.start()]


def build(persona, outdir):
    doc = parse_key(os.path.join(HERE, "content", persona + ".txt"))
    m = doc["meta"]
    seed = int(m["seed"])
    attach_alts(doc)
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
        if not os.path.exists(os.path.join(HERE, "content", persona + ".txt")):
            print(f"{persona}: no content yet, skipped")
            continue
        build(persona, outdir)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
