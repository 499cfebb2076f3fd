#!/usr/bin/env python3
"""Independently re-reads every blind10 archive and verifies it against its labels.

usage: python3 check.py [KEY ...]

For each persona KEY (KEY.zip, KEY.labels.json, KEY.watchlist.toml next to this file):
  * reads the archive with its own platform reader (no code shared with generate.py) and checks that the
    owner's posts are exactly the labelled posts: UTC created_at, native id, decoded text, geotag, photo GPS
    (Telegram: parsed from the JPEG's EXIF; Facebook/Instagram: exif_data; X: coordinates / POI place);
  * checks the geotag rules: within 300 m of the office -> location; within 300 m of home <-> home;
    within 300 m of a routine place -> routine, and each routine place recurs on one weekday inside a
    4-hour window; office geotags carry routine exactly when they fall in working hours; every other
    geotag is more than 5 km from anything sensitive, unlabelled, and never recurs;
  * checks the label file's shape (same keys as the dev labels), counts and ratios, the contacts
    (each one appears in the archive's messages), and the watchlist;
  * runs ../shared/eval/score.py on a trivial report (no findings) and on a perfect one.
"""
import html
import json
import math
import re
import struct
import subprocess
import sys
import tempfile
import tomllib
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
SCORER = HERE.parent / "shared" / "eval" / "score.py"
UTC = timezone.utc
KEYS = ["p1-telegram-submarine", "p2-facebook-jointfacility", "p3-instagram-flyingservice", "p4-x-missilelab"]
TZ = {"p1-telegram-submarine": "Asia/Shanghai", "p2-facebook-jointfacility": "Australia/Darwin",
      "p3-instagram-flyingservice": "Asia/Hong_Kong", "p4-x-missilelab": "Asia/Kolkata"}


# Working hours at the office, as the persona descriptions state them (local time, minutes from midnight).
def at_work(key, t):
    wd, m = t.weekday(), t.hour * 60 + t.minute
    if key == "p1-telegram-submarine":   # weekday day work, plus 24 h duty nights
        return (wd < 5 and 8 * 60 <= m <= 18 * 60) or m >= 20 * 60
    if key == "p2-facebook-jointfacility":   # 12 h shifts Mon-Thu; nights run to Friday 06:00
        week = t.isocalendar()[1] % 2
        day = week == 0 and wd <= 3 and 5 * 60 + 30 <= m <= 18 * 60 + 30
        night = week == 1 and ((wd <= 3 and m >= 17 * 60 + 30) or (1 <= wd <= 4 and m <= 6 * 60 + 30))
        return day or night
    if key == "p3-instagram-flyingservice":
        return wd < 5 and 8 * 60 + 30 <= m <= 18 * 60
    if key == "p4-x-missilelab":
        return wd < 5 and 9 * 60 + 30 <= m <= 17 * 60 + 30
    raise KeyError(key)


def dist(a, b):
    r = 6_371_000
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def z(ts):
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ----------------------------------------------------------------------------------------- EXIF reader
def exif_gps(jpeg):
    """Returns (lat, lon) from a JPEG's EXIF GPS IFD, or None."""
    if jpeg[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    i = 2
    while i + 4 <= len(jpeg):
        if jpeg[i] != 0xFF:
            raise ValueError("bad marker")
        marker = jpeg[i + 1]
        if marker in (0xD9, 0xDA):
            return None
        size = struct.unpack(">H", jpeg[i + 2:i + 4])[0]
        seg = jpeg[i + 4:i + 2 + size]
        if marker == 0xE1 and seg[:6] == b"Exif\x00\x00":
            return _tiff_gps(seg[6:])
        i += 2 + size
    return None


def _tiff_gps(t):
    e = {b"II": "<", b"MM": ">"}[t[:2]]
    if struct.unpack(e + "H", t[2:4])[0] != 42:
        raise ValueError("bad TIFF")

    def entries(off):
        n = struct.unpack(e + "H", t[off:off + 2])[0]
        out = {}
        for k in range(n):
            p = off + 2 + 12 * k
            tag, typ, cnt = struct.unpack(e + "HHI", t[p:p + 8])
            out[tag] = (typ, cnt, t[p + 8:p + 12])
        return out

    def value(typ, cnt, raw):
        size = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8}[typ] * cnt
        data = raw if size <= 4 else t[struct.unpack(e + "I", raw)[0]:][:size]
        if typ == 2:
            return data.split(b"\x00")[0].decode("ascii")
        if typ == 5:
            return [struct.unpack(e + "II", data[8 * k:8 * k + 8]) for k in range(cnt)]
        if typ == 4:
            return struct.unpack(e + "I", data[:4])[0]
        return data

    ifd0 = entries(struct.unpack(e + "I", t[4:8])[0])
    if 0x8825 not in ifd0:
        return None
    g = entries(value(*ifd0[0x8825]))
    if 2 not in g or 4 not in g:
        return None

    def deg(rats):
        d, m, s = (a / b for a, b in rats)
        return d + m / 60 + s / 3600

    lat = deg(value(*g[2])) * (-1 if value(*g[1]) == "S" else 1)
    lon = deg(value(*g[4])) * (-1 if value(*g[3]) == "W" else 1)
    return lat, lon


def check_jpeg(data):
    if not (data[:2] == b"\xff\xd8" and data[-2:] == b"\xff\xd9"):
        raise ValueError("JPEG without SOI/EOI")


# ----------------------------------------------------------------------------------------- readers
def read_telegram(zf, key):
    names = zf.namelist()
    res = [n for n in names if n.endswith("result.json")]
    assert len(res) == 1, res
    root = res[0][: -len("result.json")]
    data = json.loads(zf.read(res[0]))
    assert "about" in data and "chats" in data
    me = data["personal_information"]
    me_from = f"user{me['user_id']}"
    me_name = (me["first_name"] + " " + me["last_name"]).strip()
    tz = ZoneInfo(TZ[key])
    posts, dm_ids = [], set()
    for chat in data["chats"]["list"]:
        for m in chat["messages"]:
            ts = int(m["date_unixtime"])
            local = datetime.fromtimestamp(ts, tz).strftime("%Y-%m-%dT%H:%M:%S")
            assert m["date"] == local, (m["date"], local)
            if m["type"] != "message":
                continue
            owner = m.get("from_id") == me_from or (
                chat["type"].endswith("channel") and m.get("author") == me_name)
            if not owner:
                if m.get("from_id", "").startswith("user"):
                    dm_ids.add(m["from_id"][4:])
                continue
            txt = m["text"]
            if isinstance(txt, list):
                txt = "".join(p if isinstance(p, str) else p["text"] for p in txt)
            assert txt == "".join(p["text"] for p in m["text_entities"]), m["id"]
            geo = photo = None
            if "location_information" in m:
                li = m["location_information"]
                geo = (li["latitude"], li["longitude"])
            path = m.get("photo") or (m.get("file") if m.get("mime_type") == "image/jpeg" else None)
            if path and not path.startswith("("):
                blob = zf.read(root + path)
                check_jpeg(blob)
                photo = exif_gps(blob)
            posts.append({"created_at": z(ts), "native_id": f"{chat['id']}/{m['id']}", "text": txt,
                          "geo": geo, "photo_gps": photo})
    people = {str(c["id"]) for c in data["chats"]["list"] if c["type"] == "personal_chat"}
    return posts, {"ids": dm_ids | people, "names": {c.get("name") for c in data["chats"]["list"]}}


def unmoji(v):
    if isinstance(v, str):
        try:
            return v.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return v
    if isinstance(v, list):
        return [unmoji(x) for x in v]
    if isinstance(v, dict):
        return {unmoji(k): unmoji(x) for k, x in v.items()}
    return v


def meta_load(zf, name):
    raw = zf.read(name)
    assert raw.isascii(), f"{name}: Meta writes \\u00XX escapes only"
    return unmoji(json.loads(raw))


def exif_pair(media):
    for ex in media.get("media_metadata", {}).get("photo_metadata", {}).get("exif_data", []):
        if ex.get("latitude") and ex.get("longitude"):
            return ex["latitude"], ex["longitude"]
    return None


def read_messages(zf):
    names, handles = set(), set()
    for n in zf.namelist():
        if re.fullmatch(r"messages/inbox/[^/]+/message_\d+\.json", n):
            d = meta_load(zf, n)
            handles.add(n.split("/")[2].rsplit("_", 1)[0])
            for m in d["messages"]:
                names.add(m["sender_name"])
            ts = [m["timestamp_ms"] for m in d["messages"]]
            assert ts == sorted(ts, reverse=True), f"{n}: messages must be newest first"
    return {"names": names, "handles": handles}


def read_facebook(zf, key):
    assert "profile_information/profile_information.json" in zf.namelist()
    prof = meta_load(zf, "profile_information/profile_information.json")["profile"]
    owner = prof["name"]["full_name"]
    posts = []
    for p in meta_load(zf, "posts/your_posts_1.json"):
        text = "".join(d["post"] for d in p.get("data", []) if "post" in d)
        geo = photo = None
        native = f"post:{p['timestamp']}"
        for att in p.get("attachments", []):
            for item in att["data"]:
                if "place" in item:
                    c = item["place"]["coordinate"]
                    geo = (c["latitude"], c["longitude"])
                if "media" in item:
                    media = item["media"]
                    check_jpeg(zf.read(media["uri"]))
                    photo = exif_pair(media) or photo
                    native = re.search(r"_n_(\d+)\.jpg$", media["uri"]).group(1)
                    assert media["description"] == text
        assert p["title"].startswith(owner), p["title"]
        posts.append({"created_at": z(p["timestamp"]), "native_id": native, "text": text, "geo": geo,
                      "photo_gps": photo})
    return posts, read_messages(zf)


def read_instagram(zf, key):
    assert "account_information/personal_information.json" in zf.namelist()
    posts = []
    for p in meta_load(zf, "content/posts_1.json"):
        m0 = p["media"][0]
        if len(p["media"]) == 1:
            assert "title" not in p and "creation_timestamp" not in p
            ts, text = m0["creation_timestamp"], m0["title"]
        else:
            ts, text = p["creation_timestamp"], p["title"]
            assert all(m["title"] == "" for m in p["media"])
        for m in p["media"]:
            check_jpeg(zf.read(m["uri"]))
        posts.append({"created_at": z(ts), "native_id": re.search(r"_n_(\d+)\.jpg$", m0["uri"]).group(1),
                      "text": text, "geo": None, "photo_gps": exif_pair(m0)})
    for s in meta_load(zf, "content/stories.json")["ig_stories"]:
        check_jpeg(zf.read(s["uri"]))
        posts.append({"created_at": z(s["creation_timestamp"]),
                      "native_id": re.search(r"_n_(\d+)\.jpg$", s["uri"]).group(1), "text": s["title"],
                      "geo": None, "photo_gps": exif_pair(s)})
    return posts, read_messages(zf)


def ytd_load(zf, name):
    raw = zf.read(name).decode("utf-8")
    assert raw.startswith("window.YTD."), name
    return json.loads(raw[raw.index("["):].rstrip().rstrip(";"))


def read_x(zf, key):
    tz_name = ytd_load(zf, "data/account-timezone.js")[0]["accountTimezone"]["timeZone"]
    assert {"New Delhi": "Asia/Kolkata"}[tz_name] == TZ[key]
    assert "data/tweets.js" not in zf.namelist(), "the 2019 layout has data/tweet.js only"
    media_files = {n for n in zf.namelist() if n.startswith("data/tweet_media/")}
    posts = []
    for t in ytd_load(zf, "data/tweet.js"):
        assert "tweet" not in t, "2019 records are bare tweet objects"
        created = datetime.strptime(t["created_at"], "%a %b %d %H:%M:%S %z %Y")
        geo = None
        if "coordinates" in t:
            lon, lat = (float(x) for x in t["coordinates"]["coordinates"])
            glat, glon = (float(x) for x in t["geo"]["coordinates"])
            assert (glat, glon) == (lat, lon)
            geo = (lat, lon)
            assert t["place"]["place_type"] == "city"
        elif "place" in t:
            ring = t["place"]["bounding_box"]["coordinates"][0]
            assert t["place"]["place_type"] == "poi"
            geo = (sum(float(p[1]) for p in ring) / len(ring), sum(float(p[0]) for p in ring) / len(ring))
        for m in t.get("extended_entities", {}).get("media", []):
            f = f"data/tweet_media/{t['id_str']}-{m['media_url_https'].rsplit('/', 1)[1]}"
            assert f in media_files, f
            check_jpeg(zf.read(f))
        posts.append({"created_at": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                      "native_id": t["id_str"], "text": html.unescape(t["full_text"]), "geo": geo,
                      "photo_gps": None})
    ids = set()
    for conv in ytd_load(zf, "data/direct-message.js"):
        for m in conv["dmConversation"]["messages"]:
            ids.add(m["messageCreate"]["senderId"])
            ids.add(m["messageCreate"]["recipientId"])
    return posts, {"ids": ids}


READERS = {"telegram": read_telegram, "facebook": read_facebook, "instagram": read_instagram, "x": read_x}


# ----------------------------------------------------------------------------------------- checks
def close(a, b, tol):
    if a is None or b is None:
        return a is None and b is None
    return abs(a[0] - b["lat"]) <= tol and abs(a[1] - b["lon"]) <= tol


def check_persona(key):
    errs = []
    labels = json.loads((HERE / f"{key}.labels.json").read_text(encoding="utf-8"))
    dev = json.loads((HERE.parent / "shared/eval/dev/d1-x-shipyard.labels.json").read_text())
    if set(labels) != set(dev):
        errs.append(f"top-level keys {sorted(labels)} differ from the dev labels")
    for k in ("unit", "role", "office", "home", "routine_places"):
        if k not in labels["truth"]:
            errs.append(f"truth lacks {k}")
    if set(labels["contacts"][0]) != set(dev["contacts"][0]):
        errs.append("contact keys differ from the dev labels")
    if labels["timezone"] != TZ[key] or labels["persona"] != key or labels["archive"] != f"{key}.zip":
        errs.append("persona/archive/timezone fields")
    lp = labels["posts"]
    for p in lp:
        if set(p) != set(dev["posts"][0]):
            errs.append(f"post keys {sorted(p)}")
            break
        if p["labels"] != sorted(set(p["labels"])) or not set(p["labels"]) <= {"unit", "role", "location", "routine", "home"}:
            errs.append(f"bad labels {p['labels']}")
    if [p["created_at"] for p in lp] != sorted(p["created_at"] for p in lp):
        errs.append("posts are not sorted by created_at")
    if len({p["created_at"] for p in lp}) != len(lp):
        errs.append("duplicate created_at")

    # ---- archive vs labels
    with zipfile.ZipFile(HERE / f"{key}.zip") as zf:
        if zf.testzip() is not None:
            errs.append("corrupt zip member")
        infos = zf.infolist()
        if [i.filename for i in infos] != sorted(i.filename for i in infos):
            errs.append("zip entries not sorted")
        if len({i.date_time for i in infos}) != 1:
            errs.append("zip entries carry different dates")
        got, people = READERS[labels["platform"]](zf, key)
    want = {p["created_at"]: p for p in lp}
    have = {p["created_at"]: p for p in got}
    if len(have) != len(got):
        errs.append("archive has two owner posts in the same second")
    for k in sorted(set(want) - set(have)):
        errs.append(f"labelled post {k} not in archive")
    for k in sorted(set(have) - set(want)):
        errs.append(f"archive post {k} not labelled: {have[k]['text'][:40]!r}")
    for k in sorted(set(want) & set(have)):
        a, b = have[k], want[k]
        if a["text"] != b["text"]:
            errs.append(f"{k}: text {a['text']!r} != {b['text']!r}")
        if a["native_id"] != b["native_id"]:
            errs.append(f"{k}: native id {a['native_id']} != {b['native_id']}")
        if not close(a["geo"], b["geo"], 1e-6):
            errs.append(f"{k}: geo {a['geo']} != {b['geo']}")
        if not close(a["photo_gps"], b["photo_gps"], 3e-6):
            errs.append(f"{k}: photo gps {a['photo_gps']} != {b['photo_gps']}")

    # ---- geotag rules
    tr = labels["truth"]
    tz = ZoneInfo(labels["timezone"])
    office = (tr["office"]["lat"], tr["office"]["lon"])
    home = (tr["home"]["lat"], tr["home"]["lon"])
    routine = [(r["name"], (r["lat"], r["lon"])) for r in tr["routine_places"]]
    sens = [office, home] + [pt for _, pt in routine]
    at_routine = {name: [] for name, _ in routine}
    benign = []
    for p in lp:
        pt = p["geo"] or p["photo_gps"]
        labs = set(p["labels"])
        if p["geo"] and p["photo_gps"]:
            errs.append(f"{p['created_at']}: both geo and photo_gps")
        if pt is None:
            if "home" in labs:
                errs.append(f"{p['created_at']}: home without a geotag")
            continue
        pt = (pt["lat"], pt["lon"])
        local = datetime.strptime(p["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone(tz)
        d_off, d_home = dist(pt, office), dist(pt, home)
        d_r = {name: dist(pt, rp) for name, rp in routine}
        if d_off <= 300:
            if "location" not in labs:
                errs.append(f"{p['created_at']}: office geotag without location")
            if at_work(key, local) != ("routine" in labs):
                errs.append(f"{p['created_at']}: office geotag at {local:%a %H:%M}, routine={'routine' in labs}")
        if (d_home <= 300) != ("home" in labs):
            errs.append(f"{p['created_at']}: home label vs distance {d_home:.0f} m")
        for name, d in d_r.items():
            if d <= 300:
                at_routine[name].append(local)
                if "routine" not in labs:
                    errs.append(f"{p['created_at']}: at {name} without routine")
        nearest = min([d_off, d_home, *d_r.values()])
        if nearest > 300:
            if nearest <= 5000:
                errs.append(f"{p['created_at']}: geotag {nearest:.0f} m from a sensitive place")
            if labs & {"location", "routine", "home"}:
                errs.append(f"{p['created_at']}: benign geotag labelled {sorted(labs)}")
            benign.append((pt, local))
    for name, times in at_routine.items():
        if len(times) < 3:
            errs.append(f"routine place {name}: only {len(times)} posts")
            continue
        if len({t.weekday() for t in times}) != 1:
            errs.append(f"routine place {name}: posts on several weekdays")
        mins = sorted(t.hour * 60 + t.minute for t in times)
        if mins[-1] - mins[0] > 240:
            errs.append(f"routine place {name}: spread over {mins[-1] - mins[0]} minutes")
    for i, (a, ta) in enumerate(benign):
        for b, tb in benign[i + 1:]:
            if dist(a, b) < 1000 and abs((ta - tb).total_seconds()) > 7 * 86400:
                errs.append(f"benign geotags recur at {a} ({ta:%Y-%m-%d}, {tb:%Y-%m-%d})")
    if dist(office, home) < 1000 or any(dist(rp, office) <= 600 or dist(rp, home) <= 600 for _, rp in routine):
        errs.append("sensitive places overlap")

    # ---- counts and ratios
    n = len(lp)
    rev = sum(1 for p in lp if set(p["labels"]) - {"home"})
    first = datetime.fromisoformat(lp[0]["created_at"].replace("Z", "+00:00"))
    last = datetime.fromisoformat(lp[-1]["created_at"].replace("Z", "+00:00"))
    years = (last - first).days / 365.25
    if not 140 <= n <= 180:
        errs.append(f"{n} posts")
    if not 0.25 <= rev / n <= 0.35:
        errs.append(f"revealing share {rev / n:.2f}")
    if not 2 <= years <= 3.05:
        errs.append(f"span {years:.2f} years")
    for c in ("unit", "role", "location", "routine", "home"):
        if sum(1 for p in lp if c in p["labels"]) < 4:
            errs.append(f"fewer than 4 {c} posts")

    # ---- contacts
    sus = [c for c in labels["contacts"] if c["suspicious"]]
    if not 4 <= len(sus) <= 6 or len(labels["contacts"]) - len(sus) < 3:
        errs.append("contacts: want about 5 suspicious plus ordinary ones")
    for c in labels["contacts"]:
        seen = (c["id"] and c["id"] in people.get("ids", set())) or c["name"] in people.get("names", set()) \
            or c["handle"] in people.get("names", set()) \
            or c["handle"].replace(".", "").replace("_", "") in people.get("handles", set())
        if not seen:
            errs.append(f"contact {c['handle']} does not appear in the archive's messages")

    # ---- watchlist
    wl = tomllib.loads((HERE / f"{key}.watchlist.toml").read_text(encoding="utf-8"))
    if wl["timezone"] != labels["timezone"]:
        errs.append("watchlist timezone")
    if [wl["unit"][0]["name"], *wl["unit"][0]["aliases"]] != tr["unit"]:
        errs.append("watchlist unit/aliases differ from truth")
    site = wl["site"][0]
    if (site["lat"], site["lon"]) != office or site["radius_m"] != 300 or not wl["role"][0]["name"]:
        errs.append("watchlist site/role")

    # ---- score.py accepts the labels
    def run(report):
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump(report, f)
        out = subprocess.run([sys.executable, str(SCORER), str(HERE / f"{key}.labels.json"), f.name, "--json"],
                             capture_output=True, text=True)
        Path(f.name).unlink()
        if out.returncode:
            raise SystemExit(f"{key}: score.py failed:\n{out.stderr}")
        return json.loads(out.stdout)

    trivial = run({"posts": [{"id": str(i), "created_at": p["created_at"], "categories": []}
                             for i, p in enumerate(lp)], "findings": []})
    if trivial["missing_posts"] or trivial["false_positive_rate"] != 0 or trivial["found_unit"]:
        errs.append(f"score.py on a trivial report: {trivial}")
    ids = {p["created_at"]: str(i) for i, p in enumerate(lp)}
    perfect = {"posts": [{"id": ids[p["created_at"]], "created_at": p["created_at"],
                          "categories": sorted(set(p["labels"]) - {"home"})} for p in lp],
               "findings": [{"category": "unit", "value": tr["unit"][0], "evidence": []},
                            {"category": "location", "value": tr["office"]["name"],
                             "location": {"lat": office[0], "lon": office[1]}, "evidence": []}]
               + [{"category": c, "value": c, "evidence": [ids[p["created_at"]] for p in lp if c in p["labels"]]}
                  for c in ("role", "routine")]}
    best = run(perfect)
    if not all(best[f"recall_{c}"] == 1.0 for c in ("unit", "role", "location", "routine")) \
            or best["false_positive_rate"] != 0 or not all(best[f"found_{f}"] for f in ("unit", "role", "office", "routine")):
        errs.append(f"score.py on a perfect report: {best}")

    geo_n = sum(1 for p in lp if p["geo"])
    gps_n = sum(1 for p in lp if p["photo_gps"])
    summary = (f"{key}: {n} posts, {rev} revealing ({rev / n:.0%}), {geo_n} geotags, {gps_n} photos with GPS, "
               f"{len(labels['contacts'])} contacts ({len(sus)} suspicious), {years:.1f} years")
    return errs, summary


def main(argv):
    keys = argv[1:] or KEYS
    bad = 0
    for key in keys:
        errs, summary = check_persona(key)
        print(("FAIL " if errs else "ok   ") + summary)
        for e in errs:
            print("     -", e)
        bad += bool(errs)
    print("check.py:", "FAILED" if bad else "all personas pass")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
