#!/usr/bin/env python3
"""Generates the demo seed CSVs under src/Enforcement.Data/Seed from the agency list.

Deterministic (fixed random seed) so that the demo is the same on every machine. ID numbers and credit codes
carry correct check characters (GB 11643, GB 32100). Dates are offsets in days from the seeding day, so that
expiry warnings and this year's training hours stay meaningful whenever the demo is created.
Run: python3 tools/make-demo-seed.py
"""
import csv, random, os

random.seed(2026)
here = os.path.dirname(os.path.abspath(__file__))
seed = os.path.join(here, '..', 'src', 'Enforcement.Data', 'Seed')

USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY'
W_USCC = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
def org_check(code8):
    w = [3,7,9,10,5,8,4,2]
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    c = 11 - sum(val(ch) * wi for ch, wi in zip(code8, w)) % 11
    return 'X' if c == 10 else '0' if c == 11 else str(c)
def uscc(division):
    body8 = ''.join(random.choice('0123456789') for _ in range(8))
    s = '11' + division + body8 + org_check(body8)
    total = sum(USCC.index(ch) * w for ch, w in zip(s, W_USCC))
    return s + USCC[(31 - total % 31) % 31]

W_ID = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
def id_number(division, year, sex):
    month, day = random.randint(1, 12), random.randint(1, 28)
    seq = random.randint(1, 499) * 2 + (1 if sex == 1 else 0)
    if seq > 999: seq -= 2
    s = f'{division}{year:04d}{month:02d}{day:02d}{seq:03d}'
    return s + '10X98765432'[sum(int(c) * w for c, w in zip(s, W_ID)) % 11]

surnames = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文'
given = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国玉兰晨斌海燕鑫鹏辉志强丹红梅波宁永生卓玛扎西才让多杰拉毛措吉德吉央宗'
def name():
    g = ''.join(random.choice(given) for _ in range(random.choice([1, 2])))
    return random.choice(surnames) + g

rows = list(csv.DictReader(open(os.path.join(here, 'agencies-source.csv'), encoding='utf-8')))
with open(os.path.join(seed, 'agencies.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['key', 'name', 'kind', 'jurisdiction', 'division_code', 'parent_key', 'credit_code', 'note'])
    for r in rows:
        route = '干线' in r['name'] or '高速' in r['name']
        w.writerow([r['key'], r['name'], '执法机构' if r['kind'] == 'enforcement' else '主管部门',
                    '路线' if route else '行政区划', r['division_code'], r['parent_key'], uscc(r['division_code']), r['note']])

categories_by_kind = {'enforcement': '公路路政|道路运政', 'department': '道路运政|公路路政'}
posts = ['执法队员', '执法队员', '执法中队长', '法制科科员', '综合科科员']
officers, certs, training = [], [], []
n = 0
for r in rows:
    div = r['division_code']
    region = div if not (('干线' in r['name']) or ('高速' in r['name'])) else '630000'
    count = 6 if r['kind'] == 'enforcement' else 4
    for i in range(count):
        n += 1
        sex = random.choice([1, 2])
        aux = (i == count - 1)
        reviewer = (i == 1)
        oid = f'o{n:03d}'
        legal = f'A{random.randint(20150000000000, 20249999999999)}' if reviewer else ''
        officers.append([oid, r['key'], name(), id_number(div, random.randint(1968, 1999), sex), '男' if sex == 1 else '女',
                         '执法辅助岗' if aux else ('法制审核岗' if reviewer else random.choice(posts)),
                         '' if aux else categories_by_kind[r['kind']], legal, 'true' if aux else 'false',
                         'true' if reviewer else 'false', f'139{random.randint(10000000, 99999999)}'])
        if aux:
            continue
        # Most certificates valid for years; a few expiring soon, one expired, one suspended: the demo shows warnings.
        expires = random.randint(200, 1500)
        status = '有效'
        if n % 11 == 0: expires = random.randint(5, 25)
        if n % 17 == 0: expires = -random.randint(10, 60)
        if n % 23 == 0: status = '暂扣'
        certs.append([f'QH{6300 + n % 97:04d}{n:05d}', oid, '青海省人民政府', categories_by_kind[r['kind']],
                      region, expires - 5 * 365, expires, status])
        hours = random.choice([12, 24, 36, 48, 60, 64, 72]) if n % 5 else 0
        training.append([oid, hours])

with open(os.path.join(seed, 'officers.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['key', 'agency_key', 'name', 'id_number', 'gender', 'post', 'categories', 'legal_qualification', 'auxiliary', 'legal_reviewer', 'phone'])
    w.writerows(officers)
with open(os.path.join(seed, 'certificates.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['number', 'officer_key', 'issuer', 'categories', 'region_code', 'issued_offset_days', 'expires_offset_days', 'status'])
    w.writerows(certs)
with open(os.path.join(seed, 'training-hours.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['officer_key', 'hours_this_year'])
    w.writerows(training)
print(len(rows), 'agencies', len(officers), 'officers', len(certs), 'certificates')
