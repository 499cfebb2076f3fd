#!/usr/bin/env python3
"""Re-reads every persona archive with its own parsers (no code shared with
generate.py, no content modules imported) and checks it against the labels.

usage: python3 check.py [--determinism] [--no-score]

Checks, per persona:
  * the zip opens and every entry decompresses; JSON / JS wrappers parse;
  * labels match the archive post for post: native id, UTC time, text as
    decoded (HTML entities, Meta mojibake), geo and photo GPS;
  * time consistency: ids that encode time (X snowflakes, Mastodon ids) agree
    with created_at; EXIF / exif_data capture time is shortly before posting,
    in the persona's zone; X account-timezone agrees;
  * every JPEG is structurally valid (and decodes with djpeg when present);
    EXIF GPS in files agrees with JSON and labels;
  * coordinates agree with the truth: near the office => location, near home
    <=> home, near a routine place => routine; office posts labelled routine
    fall inside working hours; routine places recur at the same weekday/hour;
    benign far-away geotags form short one-off trips;
  * the five contacts appear in the direct messages;
  * the watchlist parses with tomllib and agrees with the truth;
  * score.py accepts the labels with a trivial report (no missing posts).
With --determinism, generate.py is re-run into .scratch/det and every output
file is compared byte for byte.
"""
import hashlib
import html
import html.parser
import json
import math
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import zipfile
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
SCORE = "/work/shared/eval/score.py"
UTC = timezone.utc
KEYS = ["p1-mastodon-firefighter", "p2-instagram-signals", "p3-x-coastguard", "p4-facebook-dna"]
EXPECT = {
    "p1-mastodon-firefighter": ("mastodon", "Europe/London"),
    "p2-instagram-signals": ("instagram", "Asia/Singapore"),
    "p3-x-coastguard": ("x", "Asia/Taipei"),
    "p4-facebook-dna": ("facebook", "Asia/Kuala_Lumpur"),
}
CATS = {"unit", "role", "location", "routine", "home"}

failures = []


def fail(key, msg):
    failures.append(f"{key}: {msg}")


def metres(a, b):
    r = 6_371_000
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def z_utc(ts):
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_z(s):
    return int(datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp())


# ------------------------------------------------------------------ JPEG / EXIF reader

def jpeg_segments(data):
    if data[:2] != b"\xFF\xD8":
        raise ValueError("no SOI")
    pos, segs, saw_sos = 2, [], False
    while pos < len(data):
        if data[pos] != 0xFF:
            raise ValueError(f"marker expected at {pos}")
        marker = data[pos + 1]
        if marker == 0xD9:
            return segs, saw_sos and pos + 2 == len(data)
        (length,) = struct.unpack(">H", data[pos + 2:pos + 4])
        seg = data[pos + 4:pos + 2 + length]
        segs.append((marker, seg))
        pos += 2 + length
        if marker == 0xDA:
            saw_sos = True
            # entropy-coded data: skip to the next marker that is not a stuffed 0xFF00 / RST
            while pos < len(data) - 1:
                if data[pos] == 0xFF and data[pos + 1] not in (0x00,) and not (0xD0 <= data[pos + 1] <= 0xD7):
                    break
                pos += 1
    raise ValueError("no EOI")


def read_exif(data):
    """-> dict with DateTimeOriginal, OffsetTimeOriginal, lat, lon, gps_utc (or {} if no EXIF)."""
    segs, ok = jpeg_segments(data)
    if not ok:
        raise ValueError("JPEG does not end cleanly after the scan")
    kinds = {m for m, _ in segs}
    for need in (0xDB, 0xC0, 0xC4, 0xDA):
        if need not in kinds:
            raise ValueError(f"JPEG lacks marker {need:02X}")
    app1 = [s for m, s in segs if m == 0xE1 and s.startswith(b"Exif\x00\x00")]
    if not app1:
        return {}
    t = app1[0][6:]
    bo = {b"II": "<", b"MM": ">"}[t[:2]]
    if struct.unpack(bo + "H", t[2:4])[0] != 42:
        raise ValueError("bad TIFF magic")
    sizes = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1}

    def ifd(off):
        (n,) = struct.unpack(bo + "H", t[off:off + 2])
        out = {}
        for k in range(n):
            tag, typ, cnt, val = struct.unpack(bo + "HHI4s", t[off + 2 + 12 * k: off + 14 + 12 * k])
            size = sizes[typ] * cnt
            raw = val[:size] if size <= 4 else t[struct.unpack(bo + "I", val)[0]:][:size]
            if typ == 2:
                v = raw.rstrip(b"\x00").decode("ascii")
            elif typ == 3:
                v = list(struct.unpack(bo + "H" * cnt, raw))
            elif typ == 4:
                v = list(struct.unpack(bo + "I" * cnt, raw))
            elif typ == 5:
                nums = struct.unpack(bo + "I" * (2 * cnt), raw)
                v = [nums[2 * i] / nums[2 * i + 1] for i in range(cnt)]
            else:
                v = raw
            out[tag] = v
        return out

    (first,) = struct.unpack(bo + "I", t[4:8])
    i0 = ifd(first)
    res = {"Make": i0.get(0x010F), "Model": i0.get(0x0110)}
    if 0x8769 in i0:
        ex = ifd(i0[0x8769][0])
        res["DateTimeOriginal"] = ex.get(0x9003)
        res["OffsetTimeOriginal"] = ex.get(0x9011)
    if 0x8825 in i0:
        g = ifd(i0[0x8825][0])
        lat = sum(v / 60 ** k for k, v in enumerate(g[0x0002]))
        lon = sum(v / 60 ** k for k, v in enumerate(g[0x0004]))
        res["lat"] = -lat if g[0x0001] == "S" else lat
        res["lon"] = -lon if g[0x0003] == "W" else lon
        hms = g.get(0x0007)
        if hms and 0x001D in g:
            d = datetime.strptime(g[0x001D], "%Y:%m:%d")
            res["gps_utc"] = int(d.replace(tzinfo=UTC).timestamp() + hms[0] * 3600 + hms[1] * 60 + hms[2])
    return res


def exif_local_ts(ex, tz):
    """EXIF local capture time -> epoch, checking OffsetTimeOriginal against the zone."""
    naive = datetime.strptime(ex["DateTimeOriginal"], "%Y:%m:%d %H:%M:%S")
    aware = naive.replace(tzinfo=tz)
    off = aware.utcoffset()
    mins = int(off.total_seconds() // 60)
    want = f"{'+' if mins >= 0 else '-'}{abs(mins) // 60:02d}:{abs(mins) % 60:02d}"
    if ex.get("OffsetTimeOriginal") not in (None, want):
        raise ValueError(f"OffsetTimeOriginal {ex.get('OffsetTimeOriginal')} != zone offset {want}")
    return int(aware.timestamp())


HAVE_DJPEG = shutil.which("djpeg") is not None


def djpeg_ok(data):
    if not HAVE_DJPEG:
        return True
    p = subprocess.run(["djpeg", "-ppm"], input=data, capture_output=True)
    return p.returncode == 0 and p.stdout.startswith(b"P6")


# ------------------------------------------------------------------ text decoders

class _HTMLText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.paras = 0

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p":
            if self.paras:
                self.parts.append("\n\n")
            self.paras += 1

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return "".join(p.parts)


def unmojibake(s):
    if all(ord(c) <= 0xFF for c in s):
        try:
            return s.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return s
    return s


def fix_tree(o):
    if isinstance(o, str):
        return unmojibake(o)
    if isinstance(o, list):
        return [fix_tree(x) for x in o]
    if isinstance(o, dict):
        return {unmojibake(k): fix_tree(v) for k, v in o.items()}
    return o


def meta_load(z, name, key):
    raw = z.read(name)
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        fail(key, f"{name}: Meta JSON should be pure ASCII (\\u00XX escapes)")
    doc = json.loads(raw)
    return fix_tree(doc)


def ytd_load(z, name, key, expect_global=None):
    s = z.read(name).decode("utf-8-sig")
    m = re.match(r"window\.YTD\.([A-Za-z_]+)\.part(\d+) = ", s)
    if not m:
        fail(key, f"{name}: missing window.YTD prefix")
        return None, []
    if expect_global and f"YTD.{m.group(1)}.part{m.group(2)}" != expect_global:
        fail(key, f"{name}: global {m.group(0)!r} != manifest {expect_global}")
    return f"YTD.{m.group(1)}.part{m.group(2)}", json.loads(s[m.end():].rstrip().rstrip(";"))


# ------------------------------------------------------------------ platform readers
# Each returns (posts, dms, extras); post = dict(created_at, native_id, text, geo, photo_gps)
# dms = list of dict(peer_keys=set of strings identifying the other side, texts=[...])

def read_mastodon(z, key, tz):
    outbox = json.loads(z.read("outbox.json"))
    actor = json.loads(z.read("actor.json"))
    me = actor["id"]
    if actor.get("type") != "Person" or not any(a.get("type") == "PropertyValue" for a in actor.get("attachment", [])):
        fail(key, "actor.json lacks Person type or PropertyValue fields")
    if html_to_text(actor["summary"]).strip() == "":
        fail(key, "actor.json summary (bio) empty")
    public = "https://www.w3.org/ns/activitystreams#Public"
    posts, dms, prefixed, announces = [], defaultdict(list), 0, 0
    names = set(z.namelist())
    for it in outbox["orderedItems"]:
        if it["type"] == "Announce":
            announces += 1
            if not isinstance(it["object"], str):
                fail(key, "Announce object should be a URI string")
            continue
        if it["type"] != "Create":
            fail(key, f"unexpected activity {it['type']}")
            continue
        ob = it["object"]
        sid = int(ob["id"].rsplit("/", 1)[1])
        ts = parse_z(ob["published"])
        if it["published"] != ob["published"]:
            fail(key, f"{sid}: activity/object published differ")
        if (sid >> 16) // 1000 != ts:
            fail(key, f"{sid}: Mastodon id time {(sid >> 16) // 1000} != published {ts}")
        if ob.get("updated") and parse_z(ob["updated"]) <= ts:
            fail(key, f"{sid}: updated before published")
        text = html_to_text(ob["content"])
        to, cc = it["to"], it["cc"]
        direct = public not in to + cc and not any(u.endswith("/followers") for u in to + cc)
        if direct:
            for m in ob.get("tag", []):
                if m.get("type") == "Mention":
                    dms[(m["href"], m["name"])].append(text)
            continue
        gps = None
        for att in ob.get("attachment", []):
            url = att["url"]
            if not url.startswith("media_attachments/"):
                prefixed += 1
            path = url[url.index("media_attachments/"):]
            if path not in names:
                fail(key, f"{sid}: attachment {path} missing from zip")
                continue
            if not att.get("name"):
                fail(key, f"{sid}: attachment without alt text")
            data = z.read(path)
            ex = read_exif(data)
            if not djpeg_ok(data):
                fail(key, f"{path}: djpeg cannot decode")
            if "lat" in ex:
                gps = (round(ex["lat"], 6), round(ex["lon"], 6))
                taken = exif_local_ts(ex, tz)
                if not (0 < ts - taken <= 3600):
                    fail(key, f"{sid}: EXIF capture time {taken} not shortly before post {ts}")
                if ex.get("gps_utc") != taken:
                    fail(key, f"{sid}: GPS UTC stamp disagrees with DateTimeOriginal")
        posts.append(dict(created_at=z_utc(ts), native_id=str(sid), text=text, geo=None, photo_gps=gps))
    if prefixed != 1:
        fail(key, f"expected exactly one storage-prefixed attachment URL, found {prefixed}")
    if announces == 0:
        fail(key, "no Announce (boost) activities")
    dm_list = [dict(peer_keys={href, name, name.split("@")[1]}, texts=t) for (href, name), t in dms.items()]
    return posts, dm_list, {"announces": announces}


def read_x(z, key, tz):
    names = set(z.namelist())
    man = z.read("data/manifest.js").decode("utf-8")
    if not man.startswith("window.__THAR_CONFIG = "):
        fail(key, "manifest.js prefix")
    manifest = json.loads(man[man.index("{"):])
    files = manifest["dataTypes"]["tweets"]["files"]
    if [f["fileName"] for f in files] != ["data/tweets-part1.js", "data/tweets-part2.js"]:
        fail(key, f"tweet parts {[f['fileName'] for f in files]}")
    if "data/tweets.js" in names:
        fail(key, "data/tweets.js present although the brief splits tweets into part1/part2")
    tweets = []
    for f in files:
        _, arr = ytd_load(z, f["fileName"], key, f["globalName"])
        if str(len(arr)) != f["count"]:
            fail(key, f"{f['fileName']}: count {len(arr)} != manifest {f['count']}")
        tweets += arr
    acct = ytd_load(z, "data/account.js", key)[1][0]["account"]
    tzdoc = ytd_load(z, "data/account-timezone.js", key)[1][0]["accountTimezone"]
    prof = ytd_load(z, "data/profile.js", key)[1][0]["profile"]
    if not prof["description"]["bio"]:
        fail(key, "profile bio empty")
    if tzdoc["accountId"] != acct["accountId"]:
        fail(key, "account-timezone accountId mismatch")
    rails = {"Taipei": "Asia/Taipei", "London": "Europe/London", "Singapore": "Asia/Singapore",
             "Kuala Lumpur": "Asia/Kuala_Lumpur"}
    if rails.get(tzdoc["timeZone"]) != str(tz):
        fail(key, f"account-timezone {tzdoc['timeZone']} does not map to {tz}")
    posts = []
    for w in tweets:
        tw = w["tweet"]
        ts = int(datetime.strptime(tw["created_at"], "%a %b %d %H:%M:%S %z %Y").timestamp())
        tid = int(tw["id_str"])
        if tw["id"] != tw["id_str"]:
            fail(key, f"{tid}: id != id_str")
        if ((tid >> 22) + 1288834974657) // 1000 != ts:
            fail(key, f"{tid}: snowflake time != created_at")
        text = tw["full_text"]
        for m in tw.get("extended_entities", {}).get("media", []):
            if text.endswith(" " + m["url"]):
                text = text[: -len(m["url"]) - 1]
            base = m["media_url_https"].rsplit("/", 1)[1]
            path = f"data/tweets_media/{tid}-{base}"
            if path not in names:
                fail(key, f"{tid}: media file {path} missing")
            else:
                data = z.read(path)
                if read_exif(data):
                    fail(key, f"{path}: X media should carry no EXIF")
                if not djpeg_ok(data):
                    fail(key, f"{path}: djpeg cannot decode")
        if re.search(r"&(?!amp;|lt;|gt;)", tw["full_text"]):
            fail(key, f"{tid}: unescaped & in full_text")
        text = html.unescape(text)
        geo = None
        if "coordinates" in tw:
            lon, lat = (float(v) for v in tw["coordinates"]["coordinates"])
            glat, glon = (float(v) for v in tw["geo"]["coordinates"])
            if (glat, glon) != (lat, lon):
                fail(key, f"{tid}: geo and coordinates disagree")
            geo = (lat, lon)
        posts.append(dict(created_at=z_utc(ts), native_id=str(tid), text=text, geo=geo, photo_gps=None))
    convs = ytd_load(z, "data/direct-messages.js", key)[1]
    dms = []
    for c in convs:
        conv = c["dmConversation"]
        a, b = conv["conversationId"].split("-")
        if acct["accountId"] not in (a, b):
            fail(key, f"conversation {conv['conversationId']} does not involve the account")
        peer = b if a == acct["accountId"] else a
        times = [m["messageCreate"]["createdAt"] for m in conv["messages"]]
        if times != sorted(times, reverse=True):
            fail(key, f"conversation {conv['conversationId']} not newest-first")
        for m in conv["messages"]:
            mc = m["messageCreate"]
            if {mc["senderId"], mc["recipientId"]} != {acct["accountId"], peer}:
                fail(key, f"DM {mc['id']} sender/recipient mismatch")
        dms.append(dict(peer_keys={peer}, texts=[m["messageCreate"]["text"] for m in conv["messages"]]))
    return posts, dms, {}


def _exif_json_gps(exif_list):
    for e in exif_list or []:
        if "latitude" in e and "longitude" in e and (e["latitude"] or e["longitude"]):
            return (e["latitude"], e["longitude"])
    return None


def _check_media_file(z, key, uri, json_gps, ts, tz, exif_json):
    if uri not in set(z.namelist()):
        fail(key, f"media {uri} missing")
        return
    data = z.read(uri)
    ex = read_exif(data)
    if not djpeg_ok(data):
        fail(key, f"{uri}: djpeg cannot decode")
    file_gps = (round(ex["lat"], 6), round(ex["lon"], 6)) if "lat" in ex else None
    if file_gps is None and json_gps is not None:
        fail(key, f"{uri}: JSON has GPS but the file has none")
    if file_gps is not None and (json_gps is None or metres(file_gps, json_gps) > 0.5):
        fail(key, f"{uri}: file GPS {file_gps} != JSON {json_gps}")
    if "DateTimeOriginal" in ex:
        taken = exif_local_ts(ex, tz)
        if not (0 < ts - taken <= 3600):
            fail(key, f"{uri}: EXIF capture time not shortly before post")
        for e in exif_json or []:
            if "date_time_original" in e and e["date_time_original"] != ex["DateTimeOriginal"]:
                fail(key, f"{uri}: JSON date_time_original != file DateTimeOriginal")
            if "taken_timestamp" in e and e["taken_timestamp"] != taken:
                fail(key, f"{uri}: JSON taken_timestamp != file DateTimeOriginal")


def _meta_threads(z, key, prefix, me):
    dms = []
    for n in sorted(z.namelist()):
        m = re.match(re.escape(prefix) + r"inbox/([^/]+)/message_1\.json$", n)
        if not m:
            continue
        doc = meta_load(z, n, key)
        if doc["thread_path"] != f"inbox/{m.group(1)}":
            fail(key, f"{n}: thread_path mismatch")
        parts = {p["name"] for p in doc["participants"]}
        if me not in parts:
            fail(key, f"{n}: account holder not a participant")
        stamps = [x["timestamp_ms"] for x in doc["messages"]]
        if stamps != sorted(stamps, reverse=True):
            fail(key, f"{n}: messages not newest first")
        for x in doc["messages"]:
            if x["sender_name"] not in parts:
                fail(key, f"{n}: sender {x['sender_name']} not a participant")
        folder = m.group(1)
        dms.append(dict(peer_keys=(parts - {me}) | {folder, folder.rsplit("_", 1)[0]},
                        texts=[x.get("content", "") for x in doc["messages"]]))
    return dms


def read_instagram(z, key, tz):
    feed = meta_load(z, "your_instagram_activity/content/posts_1.json", key)
    stories = meta_load(z, "your_instagram_activity/content/stories.json", key)["ig_stories"]
    prof = meta_load(z, "personal_information/personal_information/personal_information.json", key)
    pu = prof["profile_user"][0]["string_map_data"]
    me = pu["Name"]["value"]
    if not pu["Bio"]["value"]:
        fail(key, "Instagram bio empty")
    posts = []
    shapes = defaultdict(int)
    for kind, items in (("post", feed), ("story", [{"media": [s]} for s in stories])):
        for it in items:
            media = it["media"]
            if "creation_timestamp" in it:
                shapes["carousel"] += 1
                ts, text = it["creation_timestamp"], it["title"]
                if any(m["title"] for m in media):
                    fail(key, "carousel media should carry empty titles")
            else:
                shapes["single" if kind == "post" else "story"] += 1
                if len(media) != 1:
                    fail(key, "single-media post with several media")
                ts, text = media[0]["creation_timestamp"], media[0]["title"]
            gps = None
            for m in media:
                exif = m["media_metadata"]["photo_metadata"]["exif_data"]
                g = _exif_json_gps(exif)
                gps = gps or g
                _check_media_file(z, key, m["uri"], g, ts, tz, exif)
                dto = exif[0]["date_time_original"]
                taken = int(datetime.strptime(dto, "%Y:%m:%d %H:%M:%S").replace(tzinfo=tz).timestamp())
                if not (0 < ts - taken <= 3600):
                    fail(key, f"{m['uri']}: date_time_original {dto} not shortly before {z_utc(ts)} in {tz}")
                want_dir = f"media/{'stories' if kind == 'story' else 'posts'}/"
                if not m["uri"].startswith(want_dir):
                    fail(key, f"{m['uri']} not under {want_dir}")
            mid = re.search(r"_n_(\d+)\.jpg$", media[0]["uri"]).group(1)
            posts.append(dict(created_at=z_utc(ts), native_id=mid, text=text, geo=None,
                              photo_gps=None if gps is None else tuple(gps)))
    if not (shapes["carousel"] and shapes["single"] and shapes["story"]):
        fail(key, f"expected single, carousel and story shapes, got {dict(shapes)}")
    dms = _meta_threads(z, key, "your_instagram_activity/messages/", me)
    return posts, dms, {"shapes": dict(shapes)}


def read_facebook(z, key, tz):
    feed = meta_load(z, "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", key)
    checkins = meta_load(z, "your_facebook_activity/posts/check-ins.json", key)
    album = meta_load(z, "your_facebook_activity/posts/album/0.json", key)
    prof = meta_load(z, "personal_information/profile_information/profile_information.json", key)["profile_v2"]
    me = prof["name"]["full_name"]
    by_ts = {}
    for c in checkins:
        lv = {x["label"]: x for x in c["label_values"]}
        tags = {x["label"]: x["value"] for x in lv["Place tags"]["dict"]}
        m = re.fullmatch(r"\((-?\d+\.\d+) , (-?\d+\.\d+)\)", tags["Coordinates"])
        if not m:
            fail(key, f"check-in coordinates string {tags['Coordinates']!r}")
            continue
        by_ts[c["timestamp"]] = dict(fbid=c["fbid"], name=tags["Name"], msg=lv["Message"]["value"],
                                     coord=(float(m.group(1)), float(m.group(2))))
    album_uris = {p["uri"] for p in album["photos"]}
    posts, used = [], set()
    stamps = [p["timestamp"] for p in feed]
    if stamps != sorted(stamps, reverse=True):
        fail(key, "posts file not newest first")
    for p in feed:
        ts = p["timestamp"]
        text = "".join(d["post"] for d in p["data"] if "post" in d)
        geo = gps = None
        native = str(ts)
        for att in p.get("attachments", []):
            for d in att["data"]:
                if "media" in d:
                    m = d["media"]
                    if m["uri"] not in album_uris:
                        fail(key, f"{m['uri']} not in album/0.json")
                    if m.get("description", "") != text:
                        fail(key, f"{ts}: media description != post text")
                    exif = m["media_metadata"]["photo_metadata"]["exif_data"]
                    g = _exif_json_gps(exif)
                    gps = gps or g
                    _check_media_file(z, key, m["uri"], g, ts, tz, exif)
                    native = re.search(r"_n_(\d+)\.jpg$", m["uri"]).group(1)
                if "place" in d:
                    pl = d["place"]
                    geo = (pl["coordinate"]["latitude"], pl["coordinate"]["longitude"])
                    ci = by_ts.get(ts)
                    if ci is None:
                        fail(key, f"{ts}: place post without an entry in check-ins.json")
                    else:
                        used.add(ts)
                        if ci["coord"] != geo or ci["name"] != pl["name"] or ci["msg"] != text:
                            fail(key, f"{ts}: check-ins.json disagrees with the post")
                        native = ci["fbid"]
                    if p["title"] != f"{me} was at {pl['name']}.":
                        fail(key, f"{ts}: check-in title {p['title']!r}")
        posts.append(dict(created_at=z_utc(ts), native_id=native, text=text, geo=geo,
                          photo_gps=None if gps is None else tuple(gps)))
    if set(by_ts) - used:
        fail(key, f"{len(set(by_ts) - used)} check-ins without a post")
    dms = _meta_threads(z, key, "your_facebook_activity/messages/", me)
    return posts, dms, {"checkins": len(by_ts)}


READERS = {"mastodon": read_mastodon, "x": read_x, "instagram": read_instagram, "facebook": read_facebook}


# ------------------------------------------------------------------ working hours (independent restatement)

def _rota(anchor, cycle, d):
    return cycle[(d - anchor).days % len(cycle)]


def at_work(key, local):
    d, h = local.date(), local.hour + local.minute / 60
    if key.startswith("p1"):
        a, c = date(2021, 10, 4), "DDNNOOOO"
        if _rota(a, c, d) == "D" and 8 <= h < 18:
            return True
        if _rota(a, c, d) == "N" and h >= 18:
            return True
        return _rota(a, c, d - timedelta(days=1)) == "N" and h < 8
    if key.startswith("p2"):
        wd = local.weekday()  # in camp from Sunday evening book-in to Friday evening book-out
        return (wd == 6 and h >= 19) or wd in (0, 1, 2, 3) or (wd == 4 and h < 19.5)
    if key.startswith("p3"):
        code = _rota(date(2022, 2, 7), "DDEENNOOO", d)
        return (code == "D" and 8 <= h < 16) or (code == "E" and 16 <= h < 24) or (code == "N" and h < 8)
    if key.startswith("p4"):
        if local.weekday() < 5 and 8 <= h < 18:
            return True
        return local.isocalendar()[1] % 4 == 1  # on-call week
    raise KeyError(key)


# ------------------------------------------------------------------ per persona

def check_persona(key, run_score=True):
    base = os.path.join(HERE, key)
    labels = json.load(open(base + ".labels.json", encoding="utf-8"))
    platform, tzname = EXPECT[key]
    tz = ZoneInfo(tzname)
    for field in ("persona", "platform", "archive", "timezone", "truth", "contacts", "posts"):
        if field not in labels:
            fail(key, f"labels lack {field}")
    if labels["persona"] != key or labels["platform"] != platform or labels["timezone"] != tzname \
            or labels["archive"] != key + ".zip":
        fail(key, "labels header fields wrong")
    truth = labels["truth"]
    lp = labels["posts"]
    if not 130 <= len(lp) <= 200:
        fail(key, f"{len(lp)} posts, want 130-200")
    stamps = [p["created_at"] for p in lp]
    if stamps != sorted(stamps) or len(set(stamps)) != len(stamps):
        fail(key, "created_at not strictly increasing")
    for p in lp:
        if list(p) != ["created_at", "native_id", "labels", "text", "geo", "photo_gps"]:
            fail(key, f"post keys {list(p)}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", p["created_at"]):
            fail(key, f"created_at format {p['created_at']}")
        if set(p["labels"]) - CATS:
            fail(key, f"unknown labels {p['labels']}")
    span_days = (parse_z(stamps[-1]) - parse_z(stamps[0])) / 86400
    if not 2 * 365 - 30 <= span_days <= 3 * 365 + 30:
        fail(key, f"span {span_days:.0f} days, want 2-3 years")

    with zipfile.ZipFile(base + ".zip") as z:
        bad = z.testzip()
        if bad:
            fail(key, f"corrupt zip entry {bad}")
        posts, dms, extra = READERS[platform](z, key, tz)

    # post-for-post agreement
    posts.sort(key=lambda p: p["created_at"])
    if len(posts) != len(lp):
        fail(key, f"archive has {len(posts)} posts, labels {len(lp)}")
    for a, l in zip(posts, lp):
        where = f"{l['created_at']} {l['text'][:30]!r}"
        if a["created_at"] != l["created_at"]:
            fail(key, f"time {a['created_at']} != label {where}")
            continue
        if a["native_id"] != l["native_id"]:
            fail(key, f"native_id {a['native_id']} != {l['native_id']} at {where}")
        if a["text"] != l["text"]:
            fail(key, f"text {a['text']!r} != label {l['text']!r}")
        for fld in ("geo", "photo_gps"):
            av, lv = a[fld], l[fld]
            if (av is None) != (lv is None):
                fail(key, f"{fld} presence differs at {where}")
            elif av is not None and metres(av, (lv["lat"], lv["lon"])) > 0.5:
                fail(key, f"{fld} {av} != label {lv} at {where}")

    # coordinates vs truth
    office = (truth["office"]["lat"], truth["office"]["lon"])
    home = (truth["home"]["lat"], truth["home"]["lon"])
    rplaces = [(r["name"], (r["lat"], r["lon"])) for r in truth["routine_places"]]
    at_place = defaultdict(list)
    far_benign = []
    for l in lp:
        pts = [(v["lat"], v["lon"]) for v in (l["geo"], l["photo_gps"]) if v]
        labs = set(l["labels"])
        local = datetime.fromtimestamp(parse_z(l["created_at"]), tz)
        near_office = any(metres(p, office) <= 300 for p in pts)
        near_home = any(metres(p, home) <= 150 for p in pts)
        if near_office and "location" not in labs:
            fail(key, f"geotag at office but no location label: {l['text'][:40]!r}")
        if pts and "location" in labs and not near_office:
            fail(key, f"location label with coordinates away from the office: {l['text'][:40]!r}")
        if near_home != ("home" in labs):
            fail(key, f"home label/geotag mismatch: {l['text'][:40]!r}")
        if near_office and "routine" in labs and not at_work(key, local):
            fail(key, f"office+routine post outside working hours {local}: {l['text'][:40]!r}")
        for name, rp in rplaces:
            if any(metres(p, rp) <= 200 for p in pts):
                at_place[name].append(local)
                if "routine" not in labs:
                    fail(key, f"geotag at routine place {name} without routine label")
        if not labs and pts:
            if any(min(metres(p, office), metres(p, home), *[metres(p, rp) for _, rp in rplaces]) < 5000 for p in pts):
                fail(key, f"benign geotag within 5 km of a sensitive place: {l['text'][:40]!r}")
            far_benign.append((parse_z(l["created_at"]), pts[0]))
    for name, locs in at_place.items():
        groups = defaultdict(list)
        for t in locs:
            groups[t.weekday()].append(t.hour + t.minute / 60)
        for wd, hours in groups.items():
            if max(hours) - min(hours) > 4:
                fail(key, f"routine place {name}: weekday {wd} hours spread {min(hours):.1f}-{max(hours):.1f}")
        if len(locs) < 3:
            fail(key, f"routine place {name}: only {len(locs)} geotagged visits")
    # benign geotags must not recur: two benign geotags within 2 km of each other are
    # at most 7 days apart (one-off trips and day-outs, never a regular place)
    far_benign.sort()
    for i, (ta, pa) in enumerate(far_benign):
        for tb, pb in far_benign[i + 1:]:
            if metres(pa, pb) < 2000 and (tb - ta) / 86400 > 7:
                fail(key, f"benign geotags near {pa} recur over {(tb - ta) / 86400:.0f} days")

    # contacts
    cs = labels["contacts"]
    if len(cs) != 5:
        fail(key, f"{len(cs)} contacts, want 5")
    if not any(c["suspicious"] for c in cs) or all(c["suspicious"] for c in cs):
        fail(key, "contacts should mix suspicious and ordinary")
    for c in cs:
        if list(c) != ["handle", "name", "suspicious", "id"]:
            fail(key, f"contact keys {list(c)}")
        ids = {c["handle"], c["name"]} | ({c["id"]} if c["id"] else set())
        hits = [d for d in dms if ids & d["peer_keys"]]
        if not hits or not any(t for d in hits for t in d["texts"]):
            fail(key, f"contact {c['handle']} not found in direct messages")
    if len(dms) != len(cs):
        fail(key, f"{len(dms)} DM threads but {len(cs)} contacts")

    # watchlist
    with open(base + ".watchlist.toml", "rb") as f:
        wl = tomllib.load(f)
    if wl.get("timezone") != tzname:
        fail(key, "watchlist timezone")
    site = wl["site"][0]
    if metres((site["lat"], site["lon"]), office) > 1 or site.get("radius_m", 0) <= 0:
        fail(key, "watchlist site disagrees with truth office")
    if wl["unit"][0]["name"] not in truth["unit"]:
        fail(key, "watchlist unit name not in truth unit list")
    if not wl.get("role"):
        fail(key, "watchlist role missing")

    # trivial report through the official scorer
    score_line = ""
    if run_score and os.path.exists(SCORE):
        os.makedirs(os.path.join(HERE, ".scratch"), exist_ok=True)
        rp = os.path.join(HERE, ".scratch", key + ".trivial-report.json")
        with open(rp, "w") as f:
            json.dump({"posts": [{"id": p["native_id"], "created_at": p["created_at"], "categories": []} for p in lp],
                       "findings": []}, f)
        out = subprocess.run([sys.executable, SCORE, base + ".labels.json", rp], capture_output=True, text=True)
        score_line = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr.strip()
        if out.returncode != 0 or "MISSING" in score_line:
            fail(key, f"score.py: {score_line}")

    counts = defaultdict(int)
    for l in lp:
        for c in l["labels"]:
            counts[c] += 1
        if not l["labels"]:
            counts["benign"] += 1
    revealing = sum(1 for l in lp if set(l["labels"]) - {"home"})
    geo_n = sum(1 for l in lp if l["geo"])
    gps_n = sum(1 for l in lp if l["photo_gps"])
    print(f"{key}: {len(lp)} posts ({stamps[0][:10]} .. {stamps[-1][:10]}), revealing {revealing} "
          f"({revealing / len(lp):.0%}); " + ", ".join(f"{k}={counts[k]}" for k in
                                                     ("unit", "role", "location", "routine", "home", "benign"))
          + f"; geo={geo_n} photo_gps={gps_n}; contacts={len(cs)} "
            f"(suspicious {sum(c['suspicious'] for c in cs)}); {extra}")
    if score_line:
        print(f"    score.py (trivial report): {score_line}")


def determinism():
    out = os.path.join(HERE, ".scratch", "det")
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--out", out], check=True,
                   capture_output=True)
    for key in KEYS:
        for ext in (".zip", ".labels.json", ".watchlist.toml"):
            a = open(os.path.join(HERE, key + ext), "rb").read()
            b = open(os.path.join(out, key + ext), "rb").read()
            if a != b:
                fail(key, f"{ext} differs on regeneration")
    print("determinism: regenerated into .scratch/det, " +
          ("all 12 files byte-identical" if not any("regeneration" in f for f in failures) else "DIFFERENCES"))


def main(argv):
    print(f"djpeg decode check: {'on' if HAVE_DJPEG else 'off (djpeg not installed)'}")
    for key in KEYS:
        try:
            check_persona(key, run_score="--no-score" not in argv)
        except Exception as e:  # a crash is a failure, not a traceback
            import traceback
            traceback.print_exc()
            fail(key, f"checker crashed: {e!r}")
    if "--determinism" in argv:
        determinism()
    if failures:
        print(f"\nFAILED ({len(failures)}):")
        for f in failures:
            print("  " + f)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
