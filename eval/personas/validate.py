#!/usr/bin/env python3
"""Checks the generated archives against their labels: every JSON parses, Facebook mojibake round-trips,
every labelled post is in the archive with the same created_at, text and coordinates, workplace geotags lie
within 125 m of the office. usage: python3 validate.py [-v]"""
import json, zipfile, collections, math, sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo
def m(a,b,c,d):
    r=6371000;p1,p2=math.radians(a),math.radians(c);dp=p2-p1;dl=math.radians(d-b)
    h=math.sin(dp/2)**2+math.cos(p1)*math.cos(p2)*math.sin(dl/2)**2;return 2*r*math.asin(math.sqrt(h))
def unmoji(o):
    if isinstance(o,str): return o.encode('latin-1').decode('utf-8')
    if isinstance(o,list): return [unmoji(x) for x in o]
    if isinstance(o,dict): return {k:unmoji(v) for k,v in o.items()}
    return o
import os; os.chdir(os.path.dirname(os.path.abspath(__file__)))
for key in ["p1-x-reactor","p2-facebook-radar","p3-x-satellite-zh","p4-facebook-lab","p5-x-atc"]:
    L=json.load(open(key+".labels.json"))
    z=zipfile.ZipFile(key+".zip")
    arch={}  # created_at -> (text, lat/lon)
    for n in z.namelist():
        b=z.read(n)
        if n.endswith('.js'):
            s=b.decode(); j=json.loads(s[s.index('{' if 'manifest' in n else '['):])
            if n=='data/tweets.js':
                for t in j:
                    t=t['tweet']; u=datetime.strptime(t['created_at'],"%a %b %d %H:%M:%S %z %Y").strftime("%Y-%m-%dT%H:%M:%SZ")
                    g=t.get('geo'); arch[u]=(t['full_text'].replace('&lt;','<').replace('&gt;','>').replace('&amp;','&'), (float(g['coordinates'][0]),float(g['coordinates'][1])) if g else None, t['id_str'])
        elif n.endswith('.json'):
            raw=json.loads(b)
            assert all(ord(c)<128 for c in b.decode()), n
            j=unmoji(raw)
            # round trip
            from importlib import import_module
            if n.endswith('your_posts__check_ins__photos_and_videos_1.json'):
                for p in j:
                    u=datetime.fromtimestamp(p['timestamp'],timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                    g=None
                    for a in p.get('attachments',[]):
                        for d in a['data']:
                            if 'place' in d: g=(d['place']['coordinate']['latitude'],d['place']['coordinate']['longitude'])
                            if 'media' in d:
                                ex=d['media']['media_metadata']['photo_metadata']['exif_data'][0]; g=(ex['latitude'],ex['longitude'])
                                assert d['media']['uri'] in z.namelist(), d['media']['uri']
                    assert u not in arch; arch[u]=(p['data'][0]['post'],g,None)
            if n.endswith('check-ins.json'):
                for p in j:
                    u=datetime.fromtimestamp(p['timestamp'],timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
                    lv={x['label']:x for x in p['label_values']}
                    c={x['label']:x['value'] for x in lv['Place tags']['dict']}['Coordinates']
                    la,lo=[float(v) for v in c.strip('()').split(',')]
                    assert u not in arch; arch[u]=(lv['Message']['value'],(la,lo),p['fbid'])
    posts=L['posts']
    assert len(arch)==len(posts),(len(arch),len(posts))
    for p in posts:
        a=arch[p['created_at']]
        assert a[0]==p['text'],(a,p)
        g=p['geo'] or p['photo_gps']
        assert (a[1] is None)==(g is None) and (g is None or (abs(a[1][0]-g['lat'])<1e-9 and abs(a[1][1]-g['lon'])<1e-9)),(a,p)
        if a[2]: assert a[2]==p['native_id']
    tz=ZoneInfo(L['timezone'])
    c=collections.Counter(); combos=collections.Counter()
    for p in posts:
        combos[tuple(p['labels'])]+=1
        for l in p['labels']: c[l]+=1
    benign=sum(1 for p in posts if not p['labels'])
    yrs=(posts[0]['created_at'][:4],posts[-1]['created_at'][:4])
    print(key,len(posts),"benign=%d (%.0f%%)"%(benign,100*benign/len(posts)),dict(c),yrs)
    print("   ",dict(combos))
    o=L['truth']['office']
    for p in posts:
        g=p['geo'] or p['photo_gps']
        if not g: continue
        d=m(g['lat'],g['lon'],o['lat'],o['lon'])
        lt=datetime.fromisoformat(p['created_at'].replace('Z','+00:00')).astimezone(tz)
        if 'location' in p['labels']: assert d<125,d
        elif d<2000: print("   NEAR office but not location",p)
        if '-v' in sys.argv: print("    %-18s %s %6.0fm %s"%(','.join(p['labels']),lt.strftime('%a %Y-%m-%d %H:%M'),d,p['text']))
    for cc in L['contacts']: print("   contact",cc)
print("OK")
