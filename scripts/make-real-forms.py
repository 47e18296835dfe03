#!/usr/bin/env python3
# Writes the corpus test/fixtures/real-forms/*.plan.md: anti-corruption plans in the forms Thai
# offices use (see that folder's README.md), clean and with planted defects marked
# `<!-- expect: check-id -->` where the finding belongs. Usage: python3 scripts/make-real-forms.py test/fixtures/real-forms
# The fixtures are checked in; rerun this only to change or extend the corpus, then run the
# test (test/unit/real-forms.test.ts) and read every new finding before accepting it.
import random, re, os, sys
OUT = sys.argv[1]
TH = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')

DIMS = [
  ('การสร้างสังคมที่ไม่ทนต่อการทุจริต', [
    ('การสร้างจิตสำนึกและความตระหนักแก่บุคลากรทั้งข้าราชการการเมือง ข้าราชการฝ่ายบริหาร บุคลากรขององค์กรปกครองส่วนท้องถิ่น', [
      'โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงาน', 'โครงการเสริมสร้างความซื่อสัตย์สุจริตในการปฏิบัติหน้าที่', 'กิจกรรมให้ความรู้เรื่องผลประโยชน์ทับซ้อน', 'มาตรการส่งเสริมการปฏิบัติงานตามประมวลจริยธรรม']),
    ('การสร้างจิตสำนึกและความตระหนักแก่ประชาชนทุกภาคส่วนในท้องถิ่น', [
      'โครงการปลูกต้นไม้เพื่อเพิ่มพื้นที่สีเขียว ลดภาวะโลกร้อน', 'โครงการรณรงค์คัดแยกขยะในชุมชน', 'กิจกรรมเผยแพร่ความรู้ด้านการต่อต้านการทุจริตแก่ประชาชน']),
    ('การสร้างจิตสำนึกและความตระหนักแก่เด็กและเยาวชน', [
      'โครงการค่ายเยาวชนสุจริต', 'กิจกรรมโตไปไม่โกงในศูนย์พัฒนาเด็กเล็ก', 'โครงการประกวดคำขวัญต่อต้านการทุจริต']),
  ]),
  ('การบริหารราชการเพื่อป้องกันการทุจริต', [
    ('การแสดงเจตจำนงทางการเมืองในการต่อต้านการทุจริตของผู้บริหาร', [
      'กิจกรรมประกาศเจตจำนงต่อต้านการทุจริตของผู้บริหาร', 'มาตรการแสดงเจตนารมณ์ในการนำหลักคุณธรรมมาใช้ในการบริหารงาน']),
    ('มาตรการสร้างความโปร่งใสในการปฏิบัติราชการ', [
      'มาตรการสร้างความโปร่งใสในการบริหารงานบุคคล', 'กิจกรรมเผยแพร่ข้อมูลการจัดซื้อจัดจ้างทางเว็บไซต์', 'มาตรการออกคำสั่งมอบหมายงานของนายกเทศมนตรี', 'กิจกรรมควบคุมการเบิกจ่ายตามเทศบัญญัติงบประมาณรายจ่ายประจำปี']),
    ('มาตรการการใช้ดุลยพินิจและใช้อำนาจหน้าที่ให้เป็นไปตามหลักการบริหารกิจการบ้านเมืองที่ดี', [
      'โครงการจัดทำคู่มือการปฏิบัติงานเพื่อลดขั้นตอนการให้บริการ', 'มาตรการมอบอำนาจอนุมัติ อนุญาต สั่งการ']),
  ]),
  ('การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน', [
    ('จัดให้มีและเผยแพร่ข้อมูลข่าวสารในช่องทางที่เป็นการอำนวยความสะดวกแก่ประชาชน', [
      'มาตรการปรับปรุงศูนย์ข้อมูลข่าวสารของเทศบาล', 'กิจกรรมเผยแพร่ข้อมูลข่าวสารด้านการเงินการคลัง']),
    ('การรับฟังความคิดเห็น การรับและตอบสนองเรื่องร้องเรียนของประชาชน', [
      'โครงการจัดเวทีประชาคมเพื่อจัดทำแผนพัฒนาท้องถิ่น', 'มาตรการจัดการเรื่องราวร้องทุกข์ร้องเรียน', 'กิจกรรมรายงานผลการตรวจสอบข้อเท็จจริงให้ผู้ร้องเรียนทราบ']),
  ]),
  ('การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น', [
    ('มีการจัดวางระบบและรายงานการควบคุมภายใน', [
      'โครงการจัดทำแผนการตรวจสอบภายในประจำปี', 'กิจกรรมติดตามประเมินผลการควบคุมภายใน']),
    ('การสนับสนุนให้ภาคประชาชนมีส่วนร่วมตรวจสอบการปฏิบัติหรือการบริหารราชการ', [
      'กิจกรรมส่งเสริมให้ประชาชนมีส่วนร่วมตรวจสอบการจัดซื้อจัดจ้าง', 'โครงการอบรมกรรมการชุมชนด้านการตรวจสอบงบประมาณ', 'โครงการสร้างเครือข่ายภาคประชาชนเฝ้าระวังการทุจริต']),
  ]),
]
SECTIONS = ['หลักการและเหตุผล', 'วัตถุประสงค์', 'กลุ่มเป้าหมาย', 'วิธีดำเนินการ', 'ระยะเวลาดำเนินการ', 'งบประมาณดำเนินการ', 'ผู้รับผิดชอบโครงการ', 'ผลผลิต', 'ผลลัพธ์']
# Accepted aliases real forms use.
ALIASES = {'วิธีดำเนินการ': 'วิธีการดำเนินงาน', 'ผู้รับผิดชอบโครงการ': 'ผู้รับผิดชอบ', 'ผลลัพธ์': 'ผลที่คาดว่าจะได้รับ', 'งบประมาณดำเนินการ': 'งบประมาณ', 'ระยะเวลาดำเนินการ': 'ระยะเวลาที่ดำเนินการ'}
TEXTS = {
  'หลักการและเหตุผล': ['ด้วยพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริตกำหนดให้หน่วยงานของรัฐต้องป้องกันการทุจริต {o}จึงจัดทำ{s}ขึ้น',
      'ปัญหาการทุจริตเป็นอุปสรรคต่อการพัฒนาท้องถิ่น การดำเนินงาน{s}จะช่วยให้การบริหารงานของ{o}โปร่งใสยิ่งขึ้น',
      'ยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริตมุ่งให้ทุกภาคส่วนร่วมต้านการทุจริต {o}เห็นควรดำเนินการ{s}',
      'เพื่อให้การปฏิบัติราชการเป็นไปตามหลักธรรมาภิบาล {o}ได้กำหนด{s}ไว้ในแผน'],
  'วัตถุประสงค์': ['เพื่อให้{s}บรรลุผลตามเป้าหมาย และเพื่อสร้างความเชื่อมั่นแก่ประชาชน', 'เพื่อป้องกันการทุจริตในงาน{s}', 'เพื่อส่งเสริมความโปร่งใสในเรื่อง{s}และให้ตรวจสอบได้', 'เพื่อให้บุคลากรมีความรู้ความเข้าใจเกี่ยวกับ{s}'],
  'กลุ่มเป้าหมาย': ['ผู้บริหาร สมาชิกสภา พนักงาน และลูกจ้างของ{o}', 'ประชาชนในเขต{o} จำนวน 100 คน', 'เด็กและเยาวชนในเขตพื้นที่ จำนวน 50 คน', 'คณะกรรมการชุมชนทุกชุมชน'],
  'วิธีดำเนินการ': ['1. เสนอโครงการเพื่อขออนุมัติ\n2. ดำเนินการตามโครงการ{s}\n3. สรุปและรายงานผล', 'ประชุมชี้แจงผู้เกี่ยวข้อง ดำเนินงาน{s} แล้วประเมินผลเมื่อสิ้นปีงบประมาณ', '(1) จัดทำแผนการดำเนินงาน (2) ดำเนินกิจกรรม{s} (3) ติดตามและประเมินผล', 'แต่งตั้งคณะทำงาน จัดทำรายละเอียด{s} และเผยแพร่ผลการดำเนินงาน'],
  'ระยะเวลาดำเนินการ': ['{y} ปี (ปีงบประมาณ {a} - {b})', 'ตลอดปีงบประมาณ', 'ไตรมาสที่ 2 ของทุกปีงบประมาณ', 'ปีงบประมาณ พ.ศ. {a} – {b}'],
  'ผู้รับผิดชอบโครงการ': ['สำนักปลัด', 'กองคลัง', 'กองการศึกษา', 'กองช่าง', 'งานการเจ้าหน้าที่ สำนักปลัด', 'หน่วยตรวจสอบภายใน'],
  'ผลผลิต': ['ผู้เข้าร่วม{s}ไม่น้อยกว่าร้อยละ 80', 'ดำเนินการ{s}ได้ครบตามแผน 1 ครั้งต่อปี', 'มีรายงานผล{s}เผยแพร่ต่อสาธารณะ', 'ประชาชนได้รับข้อมูลเรื่อง{s}อย่างทั่วถึง'],
  'ผลลัพธ์': ['การบริหารงาน{s}มีความโปร่งใส ตรวจสอบได้', 'ผู้เข้าร่วมมีความรู้ความเข้าใจเรื่อง{s}เพิ่มขึ้น', 'ประชาชนมีความเชื่อมั่นต่อ{o}มากขึ้น', 'ไม่มีเรื่องร้องเรียนการทุจริตในงาน{s}'],
}

def fmt(v, style):
    if v == 0: return {'thai': '๐', 'dash': '-', 'baht': '0'}.get(style, '0' if style != 'dashzero' else '-')
    s = f'{v:,}'
    if style == 'thai': return s.translate(TH)
    if style == 'dash': return s + '.-'
    if style == 'baht': return s + ' บาท'
    if style == 'nocomma': return str(v)
    if style == 'dec': return s + '.00'
    return s

class Plan:
    def __init__(s, name, seed, years, org, table, amounts='plain', sections='heading', numbering='global',
                 levels=('##', '###', '####', '#####'), budgets=None, extras=(), head='label', ndims=4, aliases=False, defects=()):
        s.__dict__.update(locals()); del s.__dict__['s']; s.tstyle = s.__dict__.pop('table')
        s.r = random.Random(seed)

    def build(s):
        r = s.r
        a, b = s.years[0], s.years[-1]
        n = len(s.years)
        org = s.org
        dims = []
        k = 0
        for di, (dt, missions) in enumerate(DIMS[:s.ndims]):
            ms = []
            for mi, (mt, names) in enumerate(missions):
                ps = []
                for pn in names:
                    k += 1
                    style = r.choice(s.budgets)
                    ps.append(s.project(k, pn, style))
                ms.append((mi + 1, mt, ps))
            dims.append((di + 1, dt, ms))
        s.dims = dims
        # numbering
        for d, dt, ms in dims:
            c = 0
            for m, mt, ps in ms:
                if s.numbering == 'mission': c = 0
                for p in ps:
                    c += 1
                    p['num'] = p['k'] if s.numbering == 'global' else c
        return s.render()

    def project(s, k, name, style):
        r = s.r; ys = s.years
        v = r.choice([5000, 10000, 15000, 20000, 30000, 50000, 12500, 3000])
        am = {y: v for y in ys}
        if style == 'none': am = {y: 0 for y in ys}
        elif style in ('per-year', 'per-year-lines', 'table'):
            am = {y: r.choice([0, v, v + 5000, v * 2]) for y in ys}
        elif style == 'except':
            skip = r.choice(ys); am[skip] = 0
            p = dict(k=k, name=name, style=style, am=am, skip=skip); return p
        elif style == 'year-after':
            y = r.choice(ys); am = {x: (v if x == y else 0) for x in ys}
        elif style == 'override':
            y = r.choice(ys); am[y] = v + 5000
            return dict(k=k, name=name, style=style, am=am, oy=y, base=v)
        return dict(k=k, name=name, style=style, am=am)

    def budget_text(s, p):
        r = s.r; ys = s.years; am = p['am']; st = p['style']
        first = next(iter(am.values()))
        if st == 'none': return [r.choice(['ไม่ใช้งบประมาณ', 'ไม่ได้ใช้งบประมาณ', 'ไม่มีค่าใช้จ่าย', '-'])]
        if st == 'each': return [f'ปีละ {first:,} บาท']
        if st == 'each-dash': return [f'งบประมาณ {first:,}.- บาท']
        if st == 'words': return [f'ปีละ {first:,} บาท ({r.choice(["ใช้งบประมาณตามเทศบัญญัติ", "จากงบประมาณรายจ่ายประจำปี"])})']
        if st == 'per-year': return [', '.join(f'ปี {y} = {am[y]:,} บาท' for y in ys)]
        if st == 'per-year-lines': return [f'ปีงบประมาณ พ.ศ. {y} จำนวน {am[y]:,} บาท' for y in ys]
        if st == 'except': return [f'ปีละ {first if first else am[ys[-1]]:,} บาท ไม่ใช้งบประมาณในปี {p["skip"]}']
        if st == 'year-after':
            y = next(y for y in ys if am[y]); return [f'{am[y]:,} บาท ปี {y}']
        if st == 'override':
            y = p['oy']; return [f'ปีละ {p["base"]:,} บาท ปี {y} {am[y]:,} บาท']
        if st == 'costs':
            food = first * 3 // 5; rest = first - food
            return [f'ค่าอาหารและเครื่องดื่ม {food:,} บาท', '', f'ค่าวัสดุอุปกรณ์ {rest:,} บาท', '', f'รวมเป็นเงิน {first:,} บาท']
        if st == 'table':
            rows = ['| ปีงบประมาณ | งบประมาณ (บาท) |', '| --- | ---: |'] + [f'| {y} | {fmt(am[y], "plain")} |' for y in ys]
            return rows + [f'| รวม | {sum(am.values()):,} |']
        raise ValueError(st)

    # ---- rendering
    def render(s):
        a, b = s.years[0], s.years[-1]; n = len(s.years); org = s.org
        L = []
        L += ['---', 'type: plan', f'title: แผนปฏิบัติการป้องกันการทุจริต {n} ปี (พ.ศ. {a}–{b})', f'organization: {org}', f'years: {a}-{b}', '---', '']
        L += [f'# แผนปฏิบัติการป้องกันการทุจริต {n} ปี (พ.ศ. {a} - {b}) ของ{org}', '']
        L += ['## คำนำ', '']
        foreword = f'{org}ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต {n} ปี (พ.ศ. {a} – {b}) เพื่อใช้เป็นกรอบแนวทางในการป้องกันการทุจริตของหน่วยงาน'
        if 'span' in s.defects: foreword = foreword.replace(f'{a} – {b}', f'{a} – {b + 7}') + ' <!-- expect: plan-span -->'
        L += [foreword, '']
        sign = org
        if 'org' in s.defects: sign = org.replace('ตำบล', 'ตำบ') + ' <!-- expect: organization-name -->'
        L += [sign, '']
        L += ['## ส่วนที่ 1 บทนำ', '', '### 1. การวิเคราะห์ความเสี่ยงในการเกิดการทุจริต', '', 'การทุจริตในระดับท้องถิ่นพบได้หลายรูปแบบ เช่น การจัดซื้อจัดจ้าง และการบริหารงานบุคคล', '']
        if 'placeholder' in s.defects: L += ['ทั้งนี้ เพื่อให้ เทศบาล/อบต. ...................... ปลอดจากการทุจริต <!-- expect: placeholder-text -->', '']
        if 'strategy-summary' in s.extras:
            L += ['### 2. สรุปโครงการพัฒนาตามยุทธศาสตร์', '', '| ยุทธศาสตร์ | จำนวนโครงการ | ' + ' | '.join(f'งบประมาณ ปี {y}' for y in s.years) + ' |', '| --- | ---: |' + ' ---: |' * n]
            for d, dt, ms in s.dims:
                cnt = sum(len(ps) for _, _, ps in ms)
                L += [f'| {d}. {dt} | {cnt} | ' + ' | '.join(f'{sum(p["am"][y] for _, _, ps in ms for p in ps):,}' for y in s.years) + ' |']
            L += ['']
        if 'last-plan' in s.extras:
            L += ['### 3. ผลการดำเนินงานตามแผนฉบับก่อน', '', f'| โครงการ/กิจกรรม/มาตรการ | ปี {s.years[0] - 5} | ปี {s.years[0] - 4} |', '| --- | ---: | ---: |', '| 1. โครงการอบรมพนักงาน (แผนเดิม) | 10,000 | 10,000 |', '| 2. กิจกรรมเผยแพร่ข้อมูล (แผนเดิม) | 0 | 0 |', '']
        L += ['## ส่วนที่ 2 บัญชีโครงการ/กิจกรรม/มาตรการ', '']
        L += s.table()
        L += ['', '## ส่วนที่ 3 รายละเอียดโครงการ/กิจกรรม/มาตรการ', '']
        L += s.details()
        return '\n'.join(L).rstrip('\n') + '\n'

    def rows_model(s):
        """Each table row: dict(kind, d, m, text, amounts, mark). Defects change them here."""
        rows = []
        for d, dt, ms in s.dims:
            for m, mt, ps in ms:
                for i, p in enumerate(ps):
                    rows.append(dict(kind='project', d=d, dt=dt, m=m, mt=mt, first_m=(i == 0), p=p, num=p['num'], name=p['name'], am=dict(p['am']), mark=[]))
            rows.append(dict(kind='sub', d=d, mark=[]))
        rows.append(dict(kind='grand', mark=[]))
        return rows

    def table(s):
        ys = s.years; n = len(ys)
        rows = s.rows_model()
        D = set(s.defects)
        projs = [r for r in rows if r['kind'] == 'project']
        # defects on the table
        if 'row-mismatch' in D:
            r = projs[3]; y = ys[1]; r['am'][y] += 5000; r['mark'].append('budget-row-mismatch'); r['keep_totals'] = True
        if 'missing-row' in D:
            victim = projs[6]; rows.remove(victim); victim['p']['marks'] = victim['p'].get('marks', []) + ['project-missing-from-table']
        if 'extra-row' in D:
            i = rows.index(projs[8]); extra = dict(kind='project', d=projs[8]['d'], m=projs[8]['m'], first_m=False, p=None, num=None, name='โครงการจัดงานวันเด็กแห่งชาติ', am={y: 8000 for y in ys}, mark=['table-row-without-project'])
            rows.insert(i + 1, extra)
        if 'row-name' in D:
            # The row's name changed to another project's: the row names no project, and project 11
            # has no row (both are reported, the row's message naming project 11).
            projs[10]['name'] = 'โครงการก่อสร้างถนนคอนกรีตเสริมเหล็กสายบ้านโนนสูง'; projs[10]['mark'].append('table-row-without-project')
            projs[10]['p']['marks'] = projs[10]['p'].get('marks', []) + ['project-missing-from-table']
        if 'mission-number' in D:
            r = next(x for x in projs[5:] if x['first_m'] and x['m'] > 1); r['mbad'] = True; r['mark'].append('table-mission')
        if 'blank-cell' in D:
            r = next(x for x in projs[12:] if x['p']['am'][ys[0]] == 0 and x['p']['style'] == 'none'); r['blank'] = ys[0]; r['mark'].append('budget-missing')
        # totals
        subs = []
        cur = []
        for r in rows:
            if r['kind'] == 'project': cur.append(r)
            elif r['kind'] == 'sub':
                r['am'] = {y: sum(x['am'][y] for x in cur) for y in ys}; r['count'] = len(cur); subs.append(r); cur = []
        grand = rows[-1]; grand['am'] = {y: sum(x['am'][y] for x in subs) for y in ys}; grand['count'] = sum(x['count'] for x in subs)
        if 'dim-total' in D:
            sub = subs[1]; sub['am'][ys[-1]] += 1000; sub['mark'].append('dimension-total'); sub['grand_ok'] = True
            grand['am'][ys[-1]] -= 0  # the grand total keeps the right sum of the projects
            # grand total is the sum of projects: keep it right
        if 'grand-total' in D:
            grand['am'][ys[0]] += 10000; grand['mark'].append('grand-total')
        if 'count' in D:
            subs[2]['count'] += 1; subs[2]['mark'].append('project-count')
        if 'total-missing' in D:
            # Reported on the dimension's last project row.
            sub = subs[3]; rows[rows.index(sub) - 1]['mark'].append('total-row-missing'); rows.remove(sub)
        # grand total from the project rows (a right grand total even when a subtotal is wrong)
        if 'dim-total' in D:
            grand['am'][ys[-1]] = sum(x['am'][ys[-1]] for x in rows if x['kind'] == 'project') + (10000 if 'grand-total' in D and ys[-1] == ys[0] else 0)
        return s.render_table(rows)

    def cell(s, v):
        return fmt(v, s.amounts)

    def pname(s, r):
        return f'{r["num"] if r["num"] is not None else 99}. {r["name"]}' if r['num'] is not None else r['name']

    def render_table(s, rows):
        ys = s.years; n = len(ys); T = []
        st = s.tstyle
        total_col = st in ('single-total',)
        def mark(r):
            return (' <!-- expect: ' + ', '.join(r['mark']) + ' -->') if r['mark'] else ''
        def amounts(r):
            out = []
            for y in ys:
                if r.get('blank') == y: out.append('')
                else: out.append(s.cell(r['am'][y]))
            return out
        def count_text(r): return f'จำนวน {r["count"]} โครงการ'
        def mission_cell(r):
            if not r.get('first_m') or r['kind'] != 'project': return ''
            m = r['m'] + (1 if r.get('mbad') else 0)
            return f'{r["d"]}.{m} {r["mt"]}'
        if st in ('single', 'single-total', 'group-rows', 'two-row'):
            head = ['มิติ', 'ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ']
            if st == 'two-row':
                T += ['| ' + ' | '.join(head + ['งบประมาณและที่มา (บาท)'] + [''] * (n - 1) + ['หมายเหตุ']) + ' |']
                T += ['| ' + ' | '.join(['---'] * 3 + ['---:'] * n + ['---']) + ' |']
                T += ['| ' + ' | '.join([''] * 3 + [f'ปี {y}' for y in ys] + ['']) + ' |']
            else:
                hy = [f'ปี {y}' if s.r.random() < 2 else '' for y in ys]
                extra = [f'รวม {n} ปี'] if total_col else []
                T += ['| ' + ' | '.join(head + hy + extra + ['หมายเหตุ']) + ' |', '| ' + ' | '.join(['---'] * 3 + ['---:'] * (n + len(extra)) + ['---']) + ' |']
            seen_d = set()
            for r in rows:
                if r['kind'] == 'project':
                    dcell = ''
                    if r['d'] not in seen_d:
                        seen_d.add(r['d'])
                        if st == 'group-rows':
                            T += ['| ' + ' | '.join([f'มิติที่ {r["d"]} {DIMS[r["d"]-1][0]}'] + [''] * (n + 3)) + ' |']
                        else: dcell = f'มิติที่ {r["d"]} {DIMS[r["d"]-1][0]}'
                    cells = [dcell, mission_cell(r), s.pname(r)] + amounts(r) + ([s.cell(sum(r['am'].values()))] if total_col else []) + ['']
                    T += ['| ' + ' | '.join(cells) + ' |' + mark(r)]
                elif r['kind'] == 'sub':
                    T += ['| ' + ' | '.join(['รวม', '', count_text(r)] + amounts(r) + ([s.cell(sum(r['am'].values()))] if total_col else []) + ['']) + ' |' + mark(r)]
                else:
                    T += ['| ' + ' | '.join(['รวมทั้งสิ้น', '', count_text(r)] + amounts(r) + ([s.cell(sum(r['am'].values()))] if total_col else []) + ['']) + ' |' + mark(r)]
            return T
        if st in ('per-dim', 'sources'):
            for d, dt, ms in s.dims:
                part = [r for r in rows if r.get('d') == d]
                T += [f'**มิติที่ {d} {dt}**', '']
                if st == 'sources':
                    T += ['| ' + ' | '.join(['ภารกิจตามมิติ', 'โครงการ/กิจกรรม/มาตรการ'] + [c for y in ys for c in (f'ปี {y}', '')] + ['หมายเหตุ']) + ' |']
                    T += ['| --- | --- | ' + ' | '.join('---: | ---' for _ in ys) + ' | --- |']
                    T += ['| | | ' + ' | '.join('งบประมาณ (บาท) | แหล่งงบประมาณ' for _ in ys) + ' | |']
                else:
                    T += ['| ภารกิจตามมิติ | โครงการ/กิจกรรม/มาตรการ | ' + ' | '.join(f'ปี {y}' for y in ys) + ' | หมายเหตุ |', '| --- | --- | ' + ' | '.join('---:' for _ in ys) + ' | --- |']
                def am_cells(r):
                    a = amounts(r)
                    if st == 'sources':
                        return [x for v in a for x in (v, ('เทศบัญญัติ' if v not in ('0', '-', '', '๐') else '') if r['kind'] == 'project' else '')]
                    return a
                for r in part:
                    if r['kind'] == 'project':
                        T += ['| ' + ' | '.join([mission_cell(r), s.pname(r)] + am_cells(r) + ['']) + ' |' + mark(r)]
                    else:
                        T += ['| ' + ' | '.join(['รวม', count_text(r)] + am_cells(r) + ['']) + ' |' + mark(r)]
                if d == s.dims[-1][0]:
                    g = rows[-1]
                    T += ['| ' + ' | '.join(['รวมทั้งสิ้น', count_text(g)] + am_cells(g) + ['']) + ' |' + mark(g)]
                T += ['']
            return T[:-1]
        raise ValueError(st)

    def details(s):
        lv = s.levels; out = []
        D = set(s.defects)
        allp = [p for _, _, ms in s.dims for _, _, ps in ms for p in ps]
        for d, dt, ms in s.dims:
            out += [f'{lv[0]} มิติที่ {d} {dt}', '']
            for m, mt, ps in ms:
                out += [f'{lv[1]} {d}.{m} {mt}', '']
                for p in ps:
                    out += s.project_text(p, allp.index(p), D)
        return out

    def project_text(s, p, idx, D):
        r = s.r; lv = s.levels; out = []
        org = s.org; subj = re.sub(r'^(โครงการ|กิจกรรม|มาตรการ)', '', p['name'])
        marks = list(p.get('marks', []))
        name = p['name']
        if s.head == 'label': h = f'{lv[2]} {p["num"]}. ชื่อโครงการ : {name}'
        elif s.head == 'paren': h = f'{lv[2]} {p["num"]}) {name}'
        else: h = f'{lv[2]} {p["num"]}. {name}'
        drop = 'missing-section' in D and idx == 4
        if drop: marks.append('required-section')
        out += [h + ((' <!-- expect: ' + ', '.join(marks) + ' -->') if marks else ''), '']
        for si, sec in enumerate(SECTIONS):
            if drop and sec == 'ผลผลิต': continue
            title = ALIASES.get(sec, sec) if s.aliases and r.random() < 0.5 else sec
            if sec == 'งบประมาณดำเนินการ':
                body = s.budget_text(p)
                if 'bad-amount' in D and idx == 2:
                    body = [re.sub(r'(\d),(\d)', r'\1O\2', body[0], count=0).replace('O', ',', 0) if False else body[0]]
                    body = ['ปีละ 2O,000 บาท <!-- expect: budget-invalid -->']
                if 'costs-sum' in D and idx == 9:
                    body = ['ค่าอาหาร 6,000 บาท', '', 'ค่าวัสดุ 3,000 บาท', '', 'รวม 10,000 บาท <!-- expect: budget-sum -->']
                if 'year-outside' in D and idx == 11:
                    y = s.years[-1] + 1
                    body = [f'ปี {s.years[0]} = {p["am"][s.years[0]]:,} บาท ' + ' '.join(f'ปี {x} = {p["am"][x]:,} บาท' for x in s.years[1:]) + f' ปี {y} = 5,000 บาท <!-- expect: budget-invalid -->']
            else:
                body = r.choice(TEXTS[sec]).format(s=subj, o=org, y=len(s.years), a=s.years[0], b=s.years[-1]).split('\n')
            empty = 'empty-section' in D and idx == 7 and sec == 'กลุ่มเป้าหมาย'
            if empty: body = []
            em = ' <!-- expect: empty-section -->' if empty else ''
            if s.sections == 'heading':
                out += [f'{lv[3]} {title}' + em, '']
                if body: out += body + ['']
            elif s.sections == 'bold':
                out += [f'**{title}**' + em, '']
                if body: out += body + ['']
            else:  # numbered, content on the same line when it is one line
                num = si + 1
                if len(body) == 1 and not body[0].startswith('|'):
                    # a marker stays at the end of the line
                    b0 = body[0]
                    mk = ''
                    mm = re.search(r'\s*<!--.*-->$', b0)
                    if mm: mk = mm.group(0); b0 = b0[:mm.start()]
                    out += [f'{num}. {title}: {b0}{mk}']
                else:
                    out += [f'{num}. {title}' + em]
                    if body: out += [''] + body + ['']
        out += ['']
        return out

ALL_BUDGETS = ['each', 'each-dash', 'words', 'per-year', 'per-year-lines', 'except', 'year-after', 'override', 'costs', 'table', 'none']
PLANS = [
  Plan('nacc-4dims-2566-2570', 1, list(range(2566, 2571)), 'เทศบาลตำบลหนองบัว', 'single', 'plain', 'heading', budgets=['each', 'none', 'per-year'], extras=('strategy-summary',)),
  Plan('word-bold-sections-2566-2570', 2, list(range(2566, 2571)), 'เทศบาลตำบลโนนสะอาด', 'single', 'dash', 'bold', budgets=['each-dash', 'none', 'costs', 'words']),
  Plan('numbered-sections-2565-2567', 3, [2565, 2566, 2567], 'องค์การบริหารส่วนตำบลโคกสูง', 'single', 'plain', 'numbered', budgets=['each', 'none', 'per-year', 'except'], head='plain'),
  Plan('per-dimension-tables-2566-2570', 4, list(range(2566, 2571)), 'เทศบาลตำบลบ้านเป็ด', 'per-dim', 'plain', 'heading', budgets=ALL_BUDGETS),
  Plan('four-year-2561-2564', 5, [2561, 2562, 2563, 2564], 'เทศบาลตำบลท่าพระ', 'single-total', 'plain', 'heading', budgets=['each', 'per-year-lines', 'none', 'table'], extras=('last-plan',)),
  Plan('two-row-header-2566-2568', 6, [2566, 2567, 2568], 'องค์การบริหารส่วนตำบลหนองแวง', 'two-row', 'baht', 'heading', budgets=['each', 'none', 'year-after', 'override']),
  Plan('money-and-source-columns-2566-2570', 7, list(range(2566, 2571)), 'เทศบาลตำบลเมืองเก่า', 'sources', 'plain', 'bold', budgets=['each', 'none', 'costs']),
  Plan('thai-digits-2566-2570', 8, list(range(2566, 2571)), 'เทศบาลตำบลศิลา', 'group-rows', 'thai', 'heading', budgets=['each', 'none', 'per-year'], aliases=True),
  Plan('numbering-per-mission-2566-2568', 9, [2566, 2567, 2568], 'เทศบาลตำบลสำราญ', 'single', 'plain', 'heading', numbering='mission', budgets=['each', 'none'], extras=('strategy-summary',)),
  Plan('word-levels-paren-2566-2570', 10, list(range(2566, 2571)), 'เทศบาลตำบลบ้านทุ่ม', 'single', 'nocomma', 'numbered', levels=('#', '##', '###', '####'), head='paren', budgets=['each', 'none', 'per-year', 'costs']),
]
DEFECT_PLANS = [
  ('nacc-4dims-2566-2570', ['dim-total', 'row-mismatch', 'missing-section', 'span', 'placeholder']),
  ('word-bold-sections-2566-2570', ['bad-amount', 'costs-sum', 'empty-section', 'org', 'missing-row']),
  ('numbered-sections-2565-2567', ['missing-section', 'extra-row', 'year-outside', 'count']),
  ('per-dimension-tables-2566-2570', ['row-name', 'dim-total', 'grand-total', 'mission-number']),
  ('four-year-2561-2564', ['blank-cell', 'row-mismatch', 'empty-section', 'span']),
  ('two-row-header-2566-2568', ['bad-amount', 'missing-row', 'grand-total']),
  ('money-and-source-columns-2566-2570', ['row-mismatch', 'costs-sum', 'count', 'org']),
  ('thai-digits-2566-2570', ['dim-total', 'row-name', 'missing-section', 'placeholder']),
  ('numbering-per-mission-2566-2568', ['total-missing', 'missing-section', 'dim-total', 'span']),
  ('word-levels-paren-2566-2570', ['grand-total', 'bad-amount', 'org', 'extra-row']),
]
os.makedirs(OUT, exist_ok=True)
by = {p.name: p for p in PLANS}
for p in PLANS:
    open(os.path.join(OUT, f'{p.name}.plan.md'), 'w').write(p.build())
for name, defects in DEFECT_PLANS:
    base = by[name]
    q = Plan(name, base.seed, base.years, base.org, base.tstyle, base.amounts, base.sections, base.numbering, base.levels, base.budgets, base.extras, base.head, base.ndims, base.aliases, defects)
    open(os.path.join(OUT, f'{name}.defects.plan.md'), 'w').write(q.build())

# A plan kept in two files, as offices keep Part 2 and Part 3 in separate Word files.
whole = by['nacc-4dims-2566-2570'].build().split('\n')
front = whole[:whole.index('---', 1) + 1]
cut = whole.index('## ส่วนที่ 3 รายละเอียดโครงการ/กิจกรรม/มาตรการ')
table_part = whole[:cut]
head = next(i for i, l in enumerate(table_part) if l.startswith('| มิติ |'))
table_part[head] += ' <!-- expect: plan-parts -->'
open(os.path.join(OUT, 'split-part2-table.plan.md'), 'w').write('\n'.join(table_part).rstrip('\n') + '\n')
details = front + ['', whole[cut], ''] + whole[cut + 2:]
first = next(i for i, l in enumerate(details) if re.match(r'#### 1\. ', l))
details[first] += ' <!-- expect: plan-parts -->'
open(os.path.join(OUT, 'split-part3-details.plan.md'), 'w').write('\n'.join(details).rstrip('\n') + '\n')
