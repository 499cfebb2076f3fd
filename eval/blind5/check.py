#!/usr/bin/env python3
"""Re-reads each archive in blind5 the way a parser would (no code shared with
generate.py) and checks it against KEY.labels.json:
  * every labelled post is in the archive with the same created_at and text,
    and the same geo / photo_gps;
  * every post in the archive is labelled (except Mastodon boosts);
  * local times are sane (Instagram date_time_original is camera-local time a
    few minutes before the post; geotagged work posts fall in work hours);
  * DM contacts appear in the archive with the recorded handle / name / id.
Prints a per-persona summary.  Exit status 1 on any failure."""
import html
import json
import math
import os
import re
import sys
import zipfile
from collections import Counter
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
fails = []


def fail(msg):
    fails.append(msg)
    print("FAIL", msg)


def unmoji(o):
    if isinstance(o, str):
        try:
            return o.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return o
    if isinstance(o, list):
        return [unmoji(x) for x in o]
    if isinstance(o, dict):
        return {unmoji(k): unmoji(v) for k, v in o.items()}
    return o


def js(data):
    s = data.decode("utf-8-sig")
    i = min(x for x in (s.find("["), s.find("{")) if x >= 0)
    return json.loads(s[i:].rstrip().rstrip(";"))


def zutc(ts):
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def metres(a, b):
    r = 6_371_000
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def read_instagram(z):
    posts = {}
    feed = unmoji(json.loads(z.read("your_instagram_activity/content/posts_1.json")))
    for p in feed:
        if "creation_timestamp" in p:             # carousel
            ts, text = p["creation_timestamp"], p["title"]
            assert all(m["title"] == "" for m in p["media"])
        else:
            ts, text = p["media"][0]["creation_timestamp"], p["media"][0]["title"]
        ex = p["media"][0]["media_metadata"]["photo_metadata"]["exif_data"][0]
        gps = {"lat": ex["latitude"], "lon": ex["longitude"]} if "latitude" in ex else None
        posts[zutc(ts)] = {"text": text, "geo": None, "photo_gps": gps, "exif_local": ex.get("date_time_original")}
        for m in p["media"]:
            assert m["uri"] in z.namelist(), m["uri"]
    st = unmoji(json.loads(z.read("your_instagram_activity/content/stories.json")))["ig_stories"]
    for s in st:
        ex = s["media_metadata"]["photo_metadata"]["exif_data"][0]
        gps = {"lat": ex["latitude"], "lon": ex["longitude"]} if "latitude" in ex else None
        posts[zutc(s["creation_timestamp"])] = {"text": s["title"], "geo": None, "photo_gps": gps,
                                                "exif_local": ex.get("date_time_original")}
    people = set()
    for n in z.namelist():
        if n.startswith("your_instagram_activity/messages/inbox/") and n.endswith("message_1.json"):
            d = unmoji(json.loads(z.read(n)))
            folder = n.split("/")[3]
            for part in d["participants"]:
                people.add(part["name"])
            people.add(folder.rsplit("_", 1)[0])
    return posts, people


def strip_html(h):
    h = re.sub(r"<br\s*/?>", "\n", h)
    h = re.sub(r"</p><p>", "\n\n", h)
    return html.unescape(re.sub(r"<[^>]+>", "", h))


def read_mastodon(z):
    out = json.loads(z.read("outbox.json"))
    actor = json.loads(z.read("actor.json"))
    assert actor["type"] == "Person" and out["type"] == "OrderedCollection"
    posts, boosts = {}, 0
    for it in out["orderedItems"]:
        if it["type"] == "Announce":
            boosts += 1
            assert isinstance(it["object"], str)
            continue
        o = it["object"]
        assert o["published"] == it["published"]
        for a in o["attachment"]:
            p = a["url"][a["url"].index("media_attachments/"):]
            assert p in z.namelist(), p
        posts[o["published"]] = {"text": strip_html(o["content"]), "geo": None, "photo_gps": None}
    return posts, set(), boosts


def read_x(z):
    recs = js(z.read("data/tweet.js"))
    posts = {}
    for r in recs:
        t = r["tweet"]
        dt = datetime.strptime(t["created_at"], "%a %b %d %H:%M:%S %z %Y")
        geo = None
        if "coordinates" in t:
            lon, lat = (float(x) for x in t["coordinates"]["coordinates"])
            glat, glon = (float(x) for x in t["geo"]["coordinates"])
            assert (glat, glon) == (lat, lon)
            geo = {"lat": lat, "lon": lon}
        for m in t.get("extended_entities", {}).get("media", []):
            base = m["media_url_https"].rsplit("/", 1)[1]
            assert f"data/tweet_media/{t['id_str']}-{base}" in z.namelist()
        posts[dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")] = {
            "text": html.unescape(t["full_text"]), "geo": geo, "photo_gps": None, "id": t["id_str"]}
    people = set()
    for c in js(z.read("data/direct-messages.js")):
        a, b = c["dmConversation"]["conversationId"].split("-")
        people.update([a, b])
        for m in c["dmConversation"]["messages"]:
            people.update([m["messageCreate"]["senderId"], m["messageCreate"]["recipientId"]])
    tzname = js(z.read("data/account-timezone.js"))[0]["accountTimezone"]["timeZone"]
    return posts, people, tzname


def read_facebook(z):
    posts = {}
    for p in unmoji(json.loads(z.read("posts/your_posts_1.json"))):
        text = next((d["post"] for d in p.get("data", []) if "post" in d), "")
        geo = gps = None
        for a in p.get("attachments", []):
            for d in a["data"]:
                if "place" in d:
                    c = d["place"]["coordinate"]
                    geo = {"lat": c["latitude"], "lon": c["longitude"]}
                if "media" in d:
                    assert d["media"]["uri"] in z.namelist()
                    ex = d["media"]["media_metadata"]["photo_metadata"]["exif_data"][0]
                    if gps is None and ex.get("latitude"):
                        gps = {"lat": ex["latitude"], "lon": ex["longitude"]}
        posts[zutc(p["timestamp"])] = {"text": text, "geo": geo, "photo_gps": gps}
    people = set()
    for n in z.namelist():
        if n.startswith("messages/inbox/"):
            d = unmoji(json.loads(z.read(n)))
            people.update(x["name"] for x in d["participants"])
    return posts, people


def check(key):
    lab = json.load(open(os.path.join(HERE, key + ".labels.json"), encoding="utf-8"))
    z = zipfile.ZipFile(os.path.join(HERE, key + ".zip"))
    tz = ZoneInfo(lab["timezone"])
    extra = ""
    if lab["platform"] == "instagram":
        got, people = read_instagram(z)
    elif lab["platform"] == "mastodon":
        got, people, boosts = read_mastodon(z)
        extra = f", {boosts} boosts not labelled"
    elif lab["platform"] == "x":
        got, people, tzname = read_x(z)
        extra = f", account-timezone {tzname!r}"
    else:
        got, people = read_facebook(z)
    want = {p["created_at"]: p for p in lab["posts"]}
    if len(want) != len(lab["posts"]):
        fail(f"{key}: duplicate created_at in labels")
    for k, p in want.items():
        g = got.get(k)
        if g is None:
            fail(f"{key}: labelled post {k} not in archive")
            continue
        if g["text"] != p["text"]:
            fail(f"{key}: text differs at {k}: {g['text']!r} vs {p['text']!r}")
        if g["geo"] != p["geo"] or g["photo_gps"] != p["photo_gps"]:
            fail(f"{key}: geo differs at {k}")
        if "exif_local" in g and g["exif_local"]:
            loc = datetime.strptime(k, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone(tz)
            cam = datetime.strptime(g["exif_local"], "%Y:%m:%d %H:%M:%S").replace(tzinfo=tz)
            if not (0 < (loc - cam).total_seconds() < 600):
                fail(f"{key}: exif local time {g['exif_local']} vs post {loc}")
    for k in got:
        if k not in want:
            fail(f"{key}: archive post {k} has no label")
    office = (lab["truth"]["office"]["lat"], lab["truth"]["office"]["lon"])
    home = (lab["truth"]["home"]["lat"], lab["truth"]["home"]["lon"])
    rplaces = [(r["lat"], r["lon"]) for r in lab["truth"]["routine_places"]]
    hours = Counter()
    for p in lab["posts"]:
        pt = p["geo"] or p["photo_gps"]
        if not pt:
            continue
        pt = (pt["lat"], pt["lon"])
        near_office = metres(pt, office) <= 300
        near_home = metres(pt, home) <= 100
        near_routine = any(metres(pt, r) <= 100 for r in rplaces)
        if near_office and "location" not in p["labels"]:
            fail(f"{key}: office proximity vs label at {p['created_at']}")
        if near_home != ("home" in p["labels"]):
            fail(f"{key}: home proximity vs label at {p['created_at']}")
        if near_routine and "routine" not in p["labels"]:
            fail(f"{key}: routine place without routine label at {p['created_at']}")
        if near_office and "routine" in p["labels"]:
            loc = datetime.strptime(p["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone(tz)
            hours[loc.strftime("%a %H")] += 1
    for c in lab["contacts"]:
        if not ({c["name"], c["handle"].replace(".", ""), c["id"]} & people):
            fail(f"{key}: contact {c['handle']} not found in DMs")
    cnt = {c: sum(1 for p in lab["posts"] if c in p["labels"]) for c in ("unit", "role", "location", "routine", "home")}
    print(f"{key}: {len(want)} labelled posts all present{extra}; {cnt}; "
          f"office+routine local hours: {dict(sorted(hours.items()))}")


def main():
    keys = sorted(f[:-len(".labels.json")] for f in os.listdir(HERE) if f.endswith(".labels.json"))
    for k in keys:
        check(k)
    print("OK" if not fails else f"{len(fails)} failures")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
