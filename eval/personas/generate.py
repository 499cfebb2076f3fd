#!/usr/bin/env python3
"""Deterministic generator of labelled evaluation personas for mosaic.

Writes, next to this file, for each persona KEY: KEY.zip (archive in the
platform's own layout), KEY.labels.json and KEY.watchlist.toml.
Python 3 stdlib only; fixed seeds, fixed zip timestamps -> byte-identical output.

usage: python3 generate.py
"""
import base64
import io
import json
import math
import os
import random
import zipfile
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
TWEPOCH_MS = 1288834974657
# a tiny JPEG (content is irrelevant; metadata lives in the JSON for Facebook)
TINY_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////"
    "////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")

import sys  # noqa: E402
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from personas_data import PERSONAS  # noqa: E402  (text pools live in personas_data.py)


# ---------------------------------------------------------------- helpers
def jitter(rng, lat, lon, radius_m):
    r = radius_m * math.sqrt(rng.random())
    a = rng.random() * 2 * math.pi
    dlat = (r * math.cos(a)) / 111_320
    dlon = (r * math.sin(a)) / (111_320 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


class Clock:
    """Hands out unique local datetimes, converted to UTC."""

    def __init__(self, rng, tz, start, end):
        self.rng, self.tz, self.start, self.end = rng, ZoneInfo(tz), start, end
        self.used = set()
        self.days = (end - start).days

    def day(self, weekdays=None, lo=None, hi=None):
        lo = self.start if lo is None else lo
        hi = self.end if hi is None else hi
        while True:
            d = lo + timedelta(days=self.rng.randrange((hi - lo).days))
            if weekdays is None or d.weekday() in weekdays:
                return d

    def at(self, d, minute_lo, minute_hi):
        """local day d, minutes after midnight in [lo, hi) (hi may exceed 1440)."""
        while True:
            m = self.rng.randrange(minute_lo, minute_hi)
            s = self.rng.randrange(60)
            local = datetime.combine(d, time(0, 0), self.tz) + timedelta(minutes=m, seconds=s)
            # normalise through UTC so DST gaps cannot produce ambiguous stamps
            u = local.astimezone(UTC).replace(microsecond=0)
            if u not in self.used:
                self.used.add(u)
                return u


def hm(s):
    h, m = s.split(":")
    return int(h) * 60 + int(m)


def spread_days(clock, n, weekdays, period=None):
    """n days on the given weekdays spread over the period (default: whole archive)."""
    start, end = (date(*period[0]), date(*period[1])) if period else (clock.start, clock.end)
    span = (end - start).days
    out = []
    for i in range(n):
        lo = start + timedelta(days=int(span * i / n))
        hi = start + timedelta(days=max(int(span * (i + 1) / n), int(span * i / n) + 8))
        out.append(clock.day(weekdays, lo, hi))
    return out


# ---------------------------------------------------------------- build posts
def build(p):
    rng = random.Random(p["seed"])
    clock = Clock(rng, p["tz"], date(*p["start"]), date(*p["end"]))
    posts = []

    def add(text, labels, u, geo=None, photo=False):
        posts.append({"created_at": u, "labels": sorted(labels, key=["unit", "role", "location", "routine", "home"].index),
                      "text": text, "geo": geo, "photo": photo})

    # plain text posts with explicit labels
    for text, labels in p["texts"]:
        d = clock.day()
        win = p.get("text_window", ("07:30", "23:00"))
        add(text, labels, clock.at(d, hm(win[0]), hm(win[1])))

    # workplace geotags: several windows (shift patterns), label location+routine
    office = p["office"]
    caps = list(p["office_captions"])
    days = spread_days(clock, len(caps), None)
    for i, cap in enumerate(caps):
        shift = p["work_shifts"][i % len(p["work_shifts"])]
        wd, lo, hi = shift
        d = days[i]
        while d.weekday() not in wd:
            d += timedelta(days=1)
        text, extra = cap if isinstance(cap, tuple) else (cap, [])
        add(text, ["location", "routine"] + extra, clock.at(d, hm(lo), hm(hi)),
            jitter(rng, office["lat"], office["lon"], 90), photo=(i % 3 == 1))

    # routine places
    for place in p["routine_places"]:
        caps = place["captions"]
        days = spread_days(clock, len(caps), place["weekdays"], place.get("period"))
        for i, cap in enumerate(caps):
            text, extra = cap if isinstance(cap, tuple) else (cap, [])
            add(text, ["routine"] + extra, clock.at(days[i], hm(place["window"][0]), hm(place["window"][1])),
                jitter(rng, place["lat"], place["lon"], 40), photo=(i % 2 == 0))

    # home geotags: nights and weekends
    home = p["home"]
    for i, cap in enumerate(p["home_captions"]):
        if i % 2 == 0:
            d = clock.day({5, 6})
            u = clock.at(d, hm("09:00"), hm("21:30"))
        else:
            d = clock.day({0, 1, 2, 3, 4})
            u = clock.at(d, hm("20:30"), hm("23:40"))
        add(cap, ["home"], u, jitter(rng, home["lat"], home["lon"], 25), photo=(i % 2 == 1))

    # one-off trips far away: benign
    for trip in p["trips"]:
        d0 = date(*trip["date"])
        n = len(trip["captions"])
        for i, cap in enumerate(trip["captions"]):
            d = d0 + timedelta(days=min(i * trip["days"] // n, trip["days"] - 1))
            add(cap, [], clock.at(d, hm("09:00"), hm("21:00")),
                jitter(rng, trip["lat"], trip["lon"], 1500), photo=(i % 2 == 0))

    # irregular visits that must stay benign (e.g. plane spotting on assorted days)
    for visit in p.get("irregular_geo", []):
        for cap, when, win in visit["posts"]:
            add(cap, [], clock.at(date(*when), hm(win[0]), hm(win[1])),
                jitter(rng, visit["lat"], visit["lon"], 60), photo=True)

    posts.sort(key=lambda x: x["created_at"])
    # native ids
    for i, post in enumerate(posts):
        ms = int(post["created_at"].timestamp() * 1000)
        if p["platform"] == "x":
            post["native_id"] = str(((ms - TWEPOCH_MS) << 22) | (p["seed"] % 1024 << 12) | (i % 4096))
        else:
            post["native_id"] = str(100000000000000 + p["seed"] * 100000000 + i * 7919 + rng.randrange(7919))
    return posts


def stamp(u):
    return u.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- writers
def fb_moji(obj):
    """Facebook's export bug: UTF-8 bytes written as \\u00XX escapes."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [fb_moji(x) for x in obj]
    if isinstance(obj, dict):
        return {k: fb_moji(v) for k, v in obj.items()}
    return obj


def fb_json(obj):
    return json.dumps(fb_moji(obj), indent=2, ensure_ascii=True) + "\n"


def ytd(name, arr):
    return f"window.YTD.{name}.part0 = " + json.dumps(arr, indent=2, ensure_ascii=False) + "\n"


def x_files(p, posts):
    acct = p["account"]
    tweets = []
    for post in posts:
        u = post["created_at"]
        text = post["text"]
        tags = []
        i = 0
        while True:
            j = text.find("#", i)
            if j < 0:
                break
            k = j + 1
            while k < len(text) and (text[k].isalnum() or text[k] == "_"):
                k += 1
            if k > j + 1:
                tags.append({"text": text[j + 1:k], "indices": [str(j), str(k)]})
            i = k
        t = {
            "edit_info": {"initial": {"editTweetIds": [post["native_id"]],
                                      "editableUntil": (u + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                      "editsRemaining": "5", "isEditEligible": True}},
            "retweeted": False,
            "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
            "entities": {"hashtags": tags, "symbols": [], "user_mentions": [], "urls": []},
            "display_text_range": ["0", str(len(text))],
            "favorite_count": str(len(text) % 9),
            "id_str": post["native_id"],
            "truncated": False,
            "retweet_count": "0",
            "id": post["native_id"],
            "created_at": u.strftime("%a %b %d %H:%M:%S +0000 %Y"),
            "favorited": False,
            "full_text": text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
            "lang": p["lang"],
        }
        if post["geo"]:
            lat, lon = post["geo"]
            t["geo"] = {"type": "Point", "coordinates": [str(lat), str(lon)]}
            t["coordinates"] = {"type": "Point", "coordinates": [str(lon), str(lat)]}
        tweets.append({"tweet": t})
    files = {
        "data/tweets.js": ytd("tweets", tweets),
        "data/account.js": ytd("account", [{"account": {
            "email": acct["username"] + "@example.com", "createdVia": "web", "username": acct["username"],
            "accountId": acct["id"], "createdAt": acct["created"], "accountDisplayName": acct["name"]}}]),
        "data/profile.js": ytd("profile", [{"profile": {
            "description": {"bio": acct["bio"], "website": "", "location": acct["location"]},
            "avatarMediaUrl": "https://pbs.twimg.com/profile_images/1/avatar.jpg"}}]),
        "data/direct-messages-group.js": "window.YTD.direct_messages_group.part0 = []\n",
    }
    convs = []
    for ci, c in enumerate(p["contacts"]):
        msgs = []
        for mi, (who, when, text) in enumerate(c["messages"]):
            me = who == "me"
            msgs.append({"messageCreate": {
                "recipientId": c["id"] if me else acct["id"], "reactions": [], "urls": [], "text": text,
                "mediaUrls": [], "senderId": acct["id"] if me else c["id"],
                "id": str(1500000000000000000 + p["seed"] * 100000 + ci * 1000 + mi),
                "createdAt": when}})
        msgs.sort(key=lambda m: m["messageCreate"]["createdAt"], reverse=True)  # newest first
        convs.append({"dmConversation": {"conversationId": f"{acct['id']}-{c['id']}", "messages": msgs}})
    files["data/direct-messages.js"] = ytd("direct_messages", convs)
    manifest = {
        "userInfo": {"accountId": acct["id"], "userName": acct["username"], "displayName": acct["name"]},
        "archiveInfo": {"sizeBytes": "0", "generationDate": p["generated"], "isPartialArchive": False,
                        "maxPartSizeBytes": "53687091200"},
        "dataTypes": {
            "tweets": {"mediaDirectory": "data/tweets_media",
                       "files": [{"fileName": "data/tweets.js", "globalName": "YTD.tweets.part0", "count": str(len(tweets))}]},
            "account": {"files": [{"fileName": "data/account.js", "globalName": "YTD.account.part0", "count": "1"}]},
            "profile": {"files": [{"fileName": "data/profile.js", "globalName": "YTD.profile.part0", "count": "1"}]},
            "directMessages": {"mediaDirectory": "data/direct_messages_media",
                               "files": [{"fileName": "data/direct-messages.js", "globalName": "YTD.direct_messages.part0",
                                          "count": str(len(convs))}]},
            "directMessagesGroup": {"files": [{"fileName": "data/direct-messages-group.js",
                                               "globalName": "YTD.direct_messages_group.part0", "count": "0"}]},
        },
    }
    files["data/manifest.js"] = "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2) + "\n"
    return files


def fb_files(p, posts):
    acct = p["account"]
    name = acct["name"]
    root = "your_activity_across_facebook" if p["fb_layout"] == 2022 else "your_facebook_activity"
    media_dir = "photos_and_videos/TimelinePhotos_%d" % p["seed"] if p["fb_layout"] == 2022 \
        else f"{root}/posts/media/TimelinePhotos_{p['seed']}"
    files, arr, checkins = {}, [], []
    for i, post in enumerate(posts):
        ts = int(post["created_at"].timestamp())
        text = post["text"]
        lat_lon = post["geo"]
        if lat_lon and not post["photo"] and p["fb_layout"] == 2024:
            # 2024 exports: check-ins live in check-ins.json (label_values form)
            place = post_place(p, post)
            checkins.append({"timestamp": ts, "fbid": post["native_id"], "media": [], "label_values": [
                {"label": "Message", "value": text},
                {"label": "Place tags", "dict": [
                    {"label": "Name", "value": place},
                    {"label": "Address", "value": p["place_address"].get(place, "")},
                    {"label": "Coordinates", "value": f"({lat_lon[0]} , {lat_lon[1]})"}]}]})
            post["geo_kind"] = "geo"
            continue
        rec = {"timestamp": ts, "data": [{"post": text}, {"update_timestamp": ts}]}
        if lat_lon and post["photo"]:
            fname = f"{ts}_{i}_n.jpg"
            uri = f"{media_dir}/{fname}"
            files[uri] = TINY_JPEG
            taken = ts - 40 - (i % 50)
            rec["title"] = f"{name} added a new photo."
            rec["attachments"] = [{"data": [{"media": {
                "uri": uri, "creation_timestamp": ts, "title": "Timeline Photos", "description": text,
                "media_metadata": {"photo_metadata": {"exif_data": [{
                    "latitude": lat_lon[0], "longitude": lat_lon[1], "taken_timestamp": taken,
                    "modified_timestamp": taken, "iso": 50 + (i % 4) * 50, "focal_length": "4.2",
                    "exposure": "1/120", "f_stop": "1.8", "orientation": 1,
                    "original_width": 4032, "original_height": 3024}]}}}}]}]
            post["geo_kind"] = "photo"
        elif lat_lon:
            place = post_place(p, post)
            rec["title"] = f"{name} was at {place}."
            rec["attachments"] = [{"data": [{"place": {
                "name": place, "coordinate": {"latitude": lat_lon[0], "longitude": lat_lon[1]},
                "address": p["place_address"].get(place, ""),
                "url": "https://www.facebook.com/pages/x/%d" % (3000000000 + abs(hash_str(place)) % 999999999)}}]}]
            post["geo_kind"] = "geo"
        else:
            rec["title"] = f"{name} updated {acct['pronoun']} status."
        arr.append(rec)
    arr.sort(key=lambda r: r["timestamp"], reverse=True)  # Facebook lists newest first
    files[f"{root}/posts/your_posts__check_ins__photos_and_videos_1.json"] = fb_json(arr)
    if checkins:
        checkins.sort(key=lambda r: r["timestamp"], reverse=True)
        files[f"{root}/posts/check-ins.json"] = fb_json(checkins)
    files["personal_information/profile_information/profile_information.json"] = fb_json({"profile_v2": {
        "name": {"full_name": name, "first_name": acct.get("first", ""), "middle_name": "", "last_name": acct.get("last", "")},
        "current_city": {"name": acct["location"], "timestamp": 0},
        "hometown": {"name": acct.get("hometown", ""), "timestamp": 0},
        "work_experiences": [], "registration_timestamp": acct["registered"],
        "about_me": acct["bio"]}})
    for c in p["contacts"]:
        msgs = []
        for who, when, text in c["messages"]:
            ms = int(datetime.strptime(when, "%Y-%m-%dT%H:%M:%S.000Z").replace(tzinfo=UTC).timestamp() * 1000)
            msgs.append({"sender_name": name if who == "me" else c["name"], "timestamp_ms": ms, "content": text,
                         "is_geoblocked_for_viewer": False})
        msgs.sort(key=lambda m: m["timestamp_ms"], reverse=True)
        files[f"{root}/messages/inbox/{c['folder']}/message_1.json"] = fb_json({
            "participants": [{"name": c["name"]}, {"name": name}], "messages": msgs, "title": c["name"],
            "is_still_participant": True, "thread_path": f"inbox/{c['folder']}", "magic_words": []})
    return files


def hash_str(s):
    h = 0
    for ch in s.encode("utf-8"):
        h = (h * 131 + ch) % 1_000_000_007
    return h


def post_place(p, post):
    lat, lon = post["geo"]
    best, bd = None, 1e18
    for name, (plat, plon) in p["place_names"].items():
        d = (plat - lat) ** 2 + ((plon - lon) * math.cos(math.radians(lat))) ** 2
        if d < bd:
            best, bd = name, d
    return best


def write_zip(path, files, when):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            data = files[name]
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write_watchlist(p):
    w = p["watchlist"]
    lines = [f"# What {p['account']['name']}'s security officer knows must not be revealed.",
             f"timezone = {toml_str(p['tz'])}", "", "[[unit]]", f"name = {toml_str(w['unit'][0])}",
             "aliases = [" + ", ".join(toml_str(a) for a in w["unit"][1:]) + "]", ""]
    for r in w["roles"]:
        lines += ["[[role]]", f"name = {toml_str(r)}", ""]
    o = p["office"]
    lines += ["[[site]]", f"name = {toml_str(o['name'])}", f"lat = {o['lat']}", f"lon = {o['lon']}",
              f"radius_m = {w.get('radius_m', 300)}", ""]
    with open(os.path.join(HERE, p["key"] + ".watchlist.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    for p in PERSONAS:
        posts = build(p)
        files = x_files(p, posts) if p["platform"] == "x" else fb_files(p, posts)
        gen = datetime.strptime(p["generated"], "%Y-%m-%dT%H:%M:%S.000Z")
        write_zip(os.path.join(HERE, p["key"] + ".zip"), files, gen.timetuple()[:6])
        labels = {
            "persona": p["key"], "platform": "x" if p["platform"] == "x" else "facebook",
            "archive": p["key"] + ".zip", "timezone": p["tz"],
            "truth": {"unit": p["watchlist"]["unit"], "role": p["watchlist"]["roles"][0],
                      "office": {"lat": p["office"]["lat"], "lon": p["office"]["lon"], "name": p["office"]["name"]},
                      "home": {"lat": p["home"]["lat"], "lon": p["home"]["lon"]},
                      "routine_places": [{"name": r["name"], "lat": r["lat"], "lon": r["lon"]} for r in p["routine_places"]]},
            "posts": [],
            "contacts": [{"handle": c["handle"], "name": c["name"], "suspicious": c["suspicious"],
                          "id": c["id"] if p["platform"] == "x" else None} for c in p["contacts"]],
        }
        for post in posts:
            g = {"lat": post["geo"][0], "lon": post["geo"][1]} if post["geo"] else None
            is_photo = p["platform"] == "facebook" and post.get("geo_kind") == "photo"
            labels["posts"].append({"created_at": stamp(post["created_at"]), "native_id": post["native_id"],
                                    "labels": post["labels"], "text": post["text"],
                                    "geo": None if is_photo else g, "photo_gps": g if is_photo else None})
        with open(os.path.join(HERE, p["key"] + ".labels.json"), "w", encoding="utf-8") as f:
            json.dump(labels, f, ensure_ascii=False, indent=1)
            f.write("\n")
        write_watchlist(p)
        print(p["key"], len(posts), "posts")


if __name__ == "__main__":
    main()
