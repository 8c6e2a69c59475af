#!/usr/bin/env python3
"""Generates the demo weighing sites and devices under src/Enforcement.Data/Seed.

Qinghai's fixed over-limit stations (超限检测站) and non-site points (非现场执法点) on its national and provincial
roads, with plausible stakes and WGS-84 coordinates, their weigh-in-motion scales and cameras, verification
certificates and reviews. Dates are offsets in days from the seeding day, so that the gating stays meaningful
whenever the demo is created: most devices are in enforcement, one scale's certificate has expired, one is about to,
one technical review failed, one new point is still in its public notice period, one is not yet published, and one
camera has been taken out of service.
Deterministic: the same files on every machine. Run: python3 tools/make-station-seed.py
"""
import csv, os, random

random.seed(41)
here = os.path.dirname(os.path.abspath(__file__))
seed = os.path.join(here, '..', 'src', 'Enforcement.Data', 'Seed')

# code, name, kind, agency, route, stake, direction, lanes, lon, lat, place
FIXED = '超限检测站'
POINT = '非现场执法点'
stations = [
    ('QH-ZC-QSZ', '青石嘴超限检测站', FIXED, 'qh-corps-haidong-trunk', 'G227', 'K112+300', '双向', 4, 101.430000, 37.455000, '门源县青石嘴镇'),
    ('QH-ZC-DT', '大通超限检测站', FIXED, 'qh-corps-haidong-trunk', 'G227', 'K36+800', '双向', 4, 101.685000, 36.952000, '大通县桥头镇北'),
    ('QH-ZC-MH', '民和马场垣超限检测站', FIXED, 'qh-corps-haidong-exp', 'G6', 'K1712+500', '双向', 4, 102.852000, 36.303000, '民和县马场垣乡'),
    ('QH-ZC-PA', '平安超限检测站', FIXED, 'qh-corps-haidong-exp', 'G6', 'K1789+200', '双向', 4, 102.083000, 36.498000, '海东市平安区'),
    ('QH-ZC-HY', '湟源超限检测站', FIXED, 'qh-corps-huangyuan', 'G109', 'K1931+400', '双向', 4, 101.231000, 36.690000, '湟源县城关镇西'),
    ('QH-ZC-DTH', '倒淌河超限检测站', FIXED, 'qh-corps-huangyuan', 'G109', 'K1976+600', '双向', 4, 100.973000, 36.421000, '共和县倒淌河镇'),
    ('QH-ZC-HYX', '海晏超限检测站', FIXED, 'qh-corps-huangyuan', 'G315', 'K96+200', '双向', 2, 100.988000, 36.905000, '海晏县三角城镇'),
    ('QH-ZC-CK', '茶卡超限检测站', FIXED, 'qh-corps-golmud', 'G109', 'K2148+900', '双向', 4, 99.092000, 36.788000, '乌兰县茶卡镇'),
    ('QH-ZC-DLH', '德令哈超限检测站', FIXED, 'qh-corps-golmud', 'G315', 'K521+300', '双向', 4, 97.412000, 37.362000, '德令哈市东出口'),
    ('QH-ZC-GEM', '格尔木东超限检测站', FIXED, 'qh-corps-golmud', 'G109', 'K2652+700', '双向', 4, 94.996000, 36.413000, '格尔木市东出口'),
    ('QH-ZC-WQ', '温泉超限检测站', FIXED, 'qh-corps-golog-exp', 'G214', 'K302+500', '双向', 2, 99.472000, 35.401000, '兴海县温泉乡'),
    ('QH-ZC-HSX', '花石峡超限检测站', FIXED, 'qh-corps-golog-exp', 'G214', 'K401+100', '双向', 2, 98.863000, 35.118000, '玛多县花石峡镇'),

    ('QH-FX-GH-01', '共和倒淌河东非现场执法点', POINT, 'gonghe-dot', 'G109', 'K1970+200', '上行', 2, 101.021000, 36.438000, '共和县倒淌河镇东'),
    ('QH-FX-GH-02', '共和江西沟非现场执法点', POINT, 'gonghe-dot', 'G109', 'K2004+800', '下行', 2, 100.301000, 36.602000, '共和县江西沟乡'),
    ('QH-FX-GH-03', '恰卜恰南非现场执法点', POINT, 'gonghe-dot', 'G214', 'K141+600', '上行', 2, 100.625000, 36.256000, '共和县恰卜恰镇南'),
    ('QH-FX-GH-04', '倒淌河互通非现场执法点', POINT, 'gonghe-dot', 'G6', 'K1916+300', '下行', 3, 100.950000, 36.405000, '京藏高速倒淌河互通'),
    ('QH-FX-GH-05', '共和黑马河非现场执法点', POINT, 'gonghe-dot', 'G109', 'K2041+500', '双向', 2, 99.780000, 36.730000, '共和县黑马河乡'),
    ('QH-FX-GH-06', '共和铁盖非现场执法点', POINT, 'gonghe-dot', 'G214', 'K170+200', '双向', 2, 100.570000, 36.120000, '共和县铁盖乡（建设中）'),
    ('QH-FX-GD-01', '贵德北非现场执法点', POINT, 'guide-dot', 'S101', 'K88+400', '上行', 2, 101.441000, 36.072000, '贵德县河阴镇北'),
    ('QH-FX-GD-02', '拉脊山南非现场执法点', POINT, 'guide-dot', 'S101', 'K52+700', '下行', 2, 101.493000, 36.315000, '拉脊山隧道南口'),
    ('QH-FX-GD-03', '贵德河西非现场执法点', POINT, 'guide-dot', 'S101', 'K93+100', '双向', 2, 101.415000, 36.035000, '贵德县河西镇'),
    ('QH-FX-XH-01', '河卡非现场执法点', POINT, 'xinghai-dot', 'G214', 'K212+300', '双向', 2, 99.916000, 35.875000, '兴海县河卡镇'),
    ('QH-FX-XH-02', '子科滩非现场执法点', POINT, 'xinghai-dot', 'G214', 'K258+900', '上行', 2, 99.988000, 35.590000, '兴海县子科滩镇'),
    ('QH-FX-XN-01', '西宁北川非现场执法点', POINT, 'xn-enf', 'G227', 'K12+600', '上行', 3, 101.743000, 36.719000, '西宁市城北区北川'),
    ('QH-FX-XN-02', '西宁总寨非现场执法点', POINT, 'xn-enf', 'G6', 'K1825+400', '双向', 3, 101.715000, 36.567000, '西宁市城中区总寨镇'),
    ('QH-FX-XN-03', '湟中多巴非现场执法点', POINT, 'xn-enf', 'G109', 'K1905+300', '双向', 3, 101.553000, 36.648000, '西宁市湟中区多巴镇'),
    ('QH-FX-XN-04', '湟中鲁沙尔非现场执法点', POINT, 'xn-enf', 'S101', 'K18+200', '双向', 2, 101.568000, 36.499000, '西宁市湟中区鲁沙尔镇'),
    ('QH-FX-XN-05', '大通长宁非现场执法点', POINT, 'xn-enf', 'G0611', 'K212+800', '下行', 3, 101.720000, 36.835000, '大通县长宁镇'),
    ('QH-FX-HD-01', '乐都雨润非现场执法点', POINT, 'hd-enf-1', 'G6', 'K1761+500', '上行', 3, 102.321000, 36.495000, '海东市乐都区雨润镇'),
    ('QH-FX-HD-02', '乐都高店非现场执法点', POINT, 'hd-enf-1', 'G109', 'K1842+100', '下行', 2, 102.503000, 36.462000, '海东市乐都区高店镇'),
    ('QH-FX-HD-03', '平安小峡非现场执法点', POINT, 'hd-enf-1', 'G0611', 'K240+600', '双向', 2, 101.965000, 36.528000, '海东市平安区小峡镇'),
    ('QH-FX-HY-01', '刚察沙柳河非现场执法点', POINT, 'qh-corps-huangyuan', 'G315', 'K179+400', '双向', 2, 100.138000, 37.326000, '刚察县沙柳河镇'),
    ('QH-FX-HY-02', '天峻新源非现场执法点', POINT, 'qh-corps-huangyuan', 'G315', 'K298+700', '双向', 2, 99.018000, 37.299000, '天峻县新源镇'),
    ('QH-FX-GEM-01', '都兰察汗乌苏非现场执法点', POINT, 'qh-corps-golmud', 'G109', 'K2287+300', '双向', 2, 98.099000, 36.300000, '都兰县察汗乌苏镇'),
    ('QH-FX-GEM-02', '大柴旦非现场执法点', POINT, 'qh-corps-golmud', 'G315', 'K718+200', '双向', 2, 95.358000, 37.852000, '大柴旦行委'),
    ('QH-FX-MY-01', '门源浩门非现场执法点', POINT, 'qh-corps-haidong-trunk', 'G0611', 'K131+500', '双向', 2, 101.619000, 37.376000, '门源县浩门镇'),
    ('QH-FX-MD-01', '玛多非现场执法点', POINT, 'qh-corps-golog-exp', 'G214', 'K478+300', '双向', 2, 98.210000, 34.916000, '玛多县玛查里镇'),
]

LEGAL = {
    'gonghe-dot': '共和县交通运输局法规股', 'guide-dot': '贵德县交通运输局法规股', 'xinghai-dot': '兴海县交通运输局法规股',
    'xn-enf': '西宁市交通运输局法规科', 'hd-enf-1': '海东市交通运输局法规科',
}
TECHNICAL = '青海省交通运输厅科技信息处'
ISSUER = '青海省计量检定测试所'
WIM_MODELS = [('DWS-3000型动态汽车衡', '华衡称重科技有限公司'), ('WIM-Q5型高速动态称重系统', '中测智能交通设备有限公司')]
LOW_SPEED = ('DTS-60型低速动态汽车衡', '华衡称重科技有限公司')
LPR = ('ZP-900型车牌识别一体机', '安道视讯科技有限公司')
CAM = ('QJ-4K型全景抓拍摄像机', '安道视讯科技有限公司')

devices, certificates, reviews = [], [], []
serial = [0]

def certificate(device, valid_from, valid_to):
    serial[0] += 1
    certificates.append([device, f'QJJD-DT-{serial[0]:05d}', ISSUER, valid_from, valid_to])

def add_device(station, agency, suffix, kind, model, accuracy='', speeds=('', ''), status='在用', notice=(-420, -391),
               start=-390, retired='', reviewed=-430):
    code = f'{station}-{suffix}'
    devices.append([code, station, kind, model[0], model[1], accuracy, speeds[0], speeds[1], status,
                    '' if notice is None else notice[0], '' if notice is None else notice[1], '' if start is None else start, retired])
    if reviewed is not None:
        legal = LEGAL.get(agency, '青海省交通运输综合行政执法总队法制处')
        reviews.append([code, '法制审核', reviewed, legal, 'true', '设置地点合理，标志标线和告示牌齐全，同意设置'])
        reviews.append([code, '技术审核', reviewed + 5, TECHNICAL, 'true', '设备符合 JJG 907 与 GB/T 21296 要求，数据传输与存证完整'])
    return code

for (code, name, kind, agency, route, stake, direction, lanes, lon, lat, place) in stations:
    fixed = kind == FIXED
    notice, start, reviewed, status = (-420, -391), -390, -430, '在用'
    if code == 'QH-FX-GH-05':
        # A new point: reviewed and verified, still in its public notice period; enforcement starts after it.
        notice, start, reviewed = (-5, 24), 25, -20
    if code == 'QH-FX-GH-06':
        # Being built: nothing published, no reviews yet.
        notice, start, reviewed, status = None, None, None, '调试'
    scales = ['WIM1', 'WIM2'] if fixed else ['WIM1']
    for suffix in scales:
        model = LOW_SPEED if fixed else random.choice(WIM_MODELS)
        speeds = ('3', '20') if fixed else ('10', '100')
        device = add_device(code, agency, suffix, '动态称重设备', model, '2级' if fixed else '5级', speeds, status, notice, start, reviewed=reviewed)
        if code == 'QH-FX-GH-02':
            certificate(device, -380, -15)          # expired two weeks ago, not renewed: its records cannot count
        elif code in ('QH-FX-GH-03', 'QH-FX-XN-03'):
            certificate(device, -730, -366)
            certificate(device, -365, 18)           # runs out within the warning window
        elif code in ('QH-FX-GH-05', 'QH-FX-GH-06'):
            certificate(device, -25, 339)
        else:
            valid_from = -random.randint(30, 330)
            certificate(device, valid_from - 365, valid_from - 1)
            certificate(device, valid_from, valid_from + 364)
    add_device(code, agency, 'LPR1', '车牌识别摄像机', LPR, status=status, notice=notice, start=start, reviewed=reviewed)
    if code == 'QH-FX-HD-02':
        # The overview camera was replaced: the old one is out of service, the new one reviewed and published.
        add_device(code, agency, 'CAM1', '全景摄像机', CAM, status='停用', notice=notice, start=start, retired=-40, reviewed=reviewed)
        add_device(code, agency, 'CAM2', '全景摄像机', CAM, notice=(-55, -41), start=-40, reviewed=-60)
    else:
        add_device(code, agency, 'CAM1', '全景摄像机', CAM, status=status, notice=notice, start=start, reviewed=reviewed)

# A failed technical review: the scale's records stop counting from that day until it passes again.
reviews.append(['QH-FX-XH-02-WIM1', '技术审核', -10, TECHNICAL, 'false', '称重传感器零点漂移超出最大允许误差，停止取证，待修复后复检'])

def write(name, header, rows):
    with open(os.path.join(seed, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(rows)

write('stations.csv', ['code', 'name', 'kind', 'agency_key', 'route_code', 'stake', 'direction', 'lanes', 'longitude', 'latitude', 'place'],
      [[c, n, k, a, r, s, d, l, f'{lon:.6f}', f'{lat:.6f}', p] for (c, n, k, a, r, s, d, l, lon, lat, p) in stations])
write('devices.csv', ['code', 'station_code', 'kind', 'model', 'manufacturer', 'accuracy_class', 'min_speed_kmh', 'max_speed_kmh', 'status',
                      'notice_from_offset', 'notice_to_offset', 'enforcement_offset', 'out_of_service_offset'], devices)
write('device-certificates.csv', ['device_code', 'number', 'issuer', 'valid_from_offset', 'valid_to_offset'], certificates)
write('device-reviews.csv', ['device_code', 'kind', 'on_offset', 'reviewer', 'passed', 'conclusion'], reviews)
print(f'{len(stations)} stations, {len(devices)} devices, {len(certificates)} certificates, {len(reviews)} reviews')
