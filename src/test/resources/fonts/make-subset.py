# How src/test/resources/fonts/GazetteTestSans.ttf was made (run once with fontTools; not part of the build).
import glob, sys
from fontTools.ttLib import TTCollection, TTFont, newTable
from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
chars=set(chr(c) for c in range(0x20,0x7f))
chars|=set("，。、；：？！“”‘’《》（）〔〕【】［］—…·－～〇①②③④⑤⑥⑦⑧⑨⑩　％＋－＝／０１２３４５６７８９")
for f in glob.glob('/work/wt/parser2/corpus/*')+glob.glob('/work/wt/parser2/src/test/resources/texts/*/*.txt')+glob.glob('/work/wt/parser2/src/test/resources/texts/*/*.md'):
    chars|=set(open(f,encoding='utf-8').read())
chars={c for c in chars if c not in '\n\r\t' }
print(len(chars))
ttc=TTCollection('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')
font=None
for f in ttc.fonts:
    if 'SC' in f['name'].getDebugName(4): font=f; break
print(font['name'].getDebugName(4))
opts=subset.Options(); opts.layout_features=[]; opts.name_IDs=['*']; opts.notdef_outline=True; opts.hinting=False; opts.desubroutinize=True
s=subset.Subsetter(opts); s.populate(unicodes=[ord(c) for c in chars]); s.subset(font)
# CFF -> glyf
glyphOrder=font.getGlyphOrder(); gs=font.getGlyphSet()
glyf=newTable('glyf'); glyf.glyphOrder=glyphOrder; glyf.glyphs={}
for name in glyphOrder:
    pen=TTGlyphPen(gs); gs[name].draw(Cu2QuPen(pen,1.0,reverse_direction=True)); glyf[name]=pen.glyph()
font['glyf']=glyf; font['loca']=newTable('loca')
del font['CFF ']
if 'VORG' in font: del font['VORG']
font['maxp']=newTable('maxp'); m=font['maxp']; m.tableVersion=0x00010000
for a in ['maxZones','maxTwilightPoints','maxStorage','maxFunctionDefs','maxInstructionDefs','maxStackElements','maxSizeOfInstructions','maxComponentElements','maxPoints','maxContours','maxCompositePoints','maxCompositeContours','maxComponentDepth']: setattr(m,a,0)
m.maxZones=1; m.numGlyphs=len(glyphOrder)
font['head'].indexToLocFormat=0; font['head'].glyphDataFormat=0
font['post'].formatType=3.0
font.sfntVersion='\x00\x01\x00\x00'
font.save('GazetteTestSans.ttf')
import os; print(os.path.getsize('GazetteTestSans.ttf'))
# renamed: a modified version does not go by the original's name
f = TTFont('GazetteTestSans.ttf')
for n in f['name'].names:
    if n.nameID in (1, 3, 4, 16):
        n.string = 'Gazette Test Sans'
    if n.nameID == 6:
        n.string = 'GazetteTestSans-Regular'
f.save('GazetteTestSans.ttf')
