import { describe, expect, it } from 'vitest';
import { plainText, richDocProblem } from '../../../../shared/domain/rich-text';
import { toStoredDoc } from '../../../../renderer/features/notes/editor-extensions';
import { cleanPastedHtml } from '../../../../renderer/features/notes/paste-cleaning';
import { notesEditor, pasteInto } from './notes-editor-fixtures';

/** What Word 365 on Windows puts on the clipboard (trimmed), for bold, a 2-level list, a table and a picture. */
const WORD_HTML = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]-->
<style><!-- /* Style Definitions */ p.MsoNormal, li.MsoNormal {mso-style-unhide:no; margin:0cm;
font-size:12.0pt; font-family:"Calibri",sans-serif;} @list l0:level1 {mso-level-number-format:bullet;} --></style>
</head>
<body lang=FR-CA style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<h1 style='mso-margin-top-alt:auto'>Comité logement<o:p></o:p></h1>
<p class=MsoNormal><b><span style='mso-bidi-font-weight:normal'>Suivi du dossier</span></b> <span
style='color:#C00000;mso-themecolor:accent2'>urgent</span> <i>selon</i> <st1:place>Montréal</st1:place><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Appeler le propriétaire<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span
style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Avant vendredi<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span></span><![endif]>Confirmer au <a href="https://cisss.ca/logement" style='color:blue'>CISSS</a><o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0'><td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt'>
  <p class=MsoNormal>Organisme<o:p></o:p></p></td>
  <td width=301 valign=top style='width:225.4pt'><p class=MsoNormal>Présent<o:p></o:p></p></td></tr>
</table>
<p class=MsoNormal><!--[if gte vml 1]><v:shape id="Image_x0020_1" o:spid="_x0000_i1025" type="#_x0000_t75"
style='width:100pt;height:75pt'><v:imagedata src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png"
o:title=""/></v:shape><![endif]--><![if !vml]><img width=133 height=100
src="file:///C:/Users/x/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png" v:shapes="Image_x0020_1"><![endif]><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span
style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Premier point<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span><span
style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Second point<o:p></o:p></p>
<!--EndFragment-->
</body></html>`;

/** Pastes through the editor (schema and transformPastedHTML) and returns the stored document. */
function paste(html: string) {
  const editor = notesEditor();
  pasteInto(editor.view.dom, html);
  const stored = toStoredDoc(editor.getJSON());
  editor.destroy();
  return stored;
}

function types(node: { type: string; content?: unknown[]; marks?: { type: string }[] }): string[] {
  return [
    node.type,
    ...(node.marks ?? []).map((m) => `mark:${m.type}`),
    ...((node.content ?? []) as Parameters<typeof types>[0][]).flatMap(types),
  ];
}

describe('pasting from Word', () => {
  it('keeps the words, bold, italic, lists and links, and nothing else', () => {
    const stored = paste(WORD_HTML);
    expect(richDocProblem(stored)).toBeNull();
    expect(plainText(stored)).toBe(
      [
        'Comité logement',
        'Suivi du dossier urgent selon Montréal',
        'Appeler le propriétaire',
        'Avant vendredi',
        'Confirmer au CISSS',
        'Organisme · Présent',
        'Premier point',
        'Second point',
      ].join('\n'),
    );
    const used = new Set(types(stored));
    expect([...used].sort()).toEqual(
      [
        'doc',
        'heading',
        'paragraph',
        'text',
        'bulletList',
        'orderedList',
        'listItem',
        'mark:bold',
        'mark:italic',
        'mark:link',
      ].sort(),
    );
    const json = JSON.stringify(stored);
    for (const cruft of ['mso', 'Symbol', 'clip_image', 'color', 'o:p', 'StartFragment']) {
      expect(json).not.toContain(cruft);
    }
    // Word's typed bullets are gone; the only "·" left separates the cells of the table's row.
    expect(json.match(/·/g)).toHaveLength(1);
  });

  it('rebuilds Word’s list paragraphs as nested lists, bullets or numbers', () => {
    const lists = paste(WORD_HTML).content!.filter((n) => n.type.endsWith('List'));
    expect(lists.map((l) => l.type)).toEqual(['bulletList', 'orderedList']);
    const [first, second] = lists[0]!.content!;
    expect(plainText({ type: 'doc', content: [first!] })).toBe(
      'Appeler le propriétaire\nAvant vendredi',
    );
    expect(first!.content![1]!.type).toBe('bulletList');
    expect(second!.content![0]!.content![1]).toEqual({
      type: 'text',
      text: 'CISSS',
      marks: [
        {
          type: 'link',
          attrs: {
            href: 'https://cisss.ca/logement',
            target: '_blank',
            rel: 'noopener noreferrer nofollow',
          },
        },
      ],
    });
  });

  it('turns Word’s first-level heading into the notes’ heading', () => {
    expect(paste(WORD_HTML).content![0]).toEqual({
      type: 'heading',
      attrs: { level: 3 },
      content: [{ type: 'text', text: 'Comité logement' }],
    });
  });

  it('keeps the bold of a Word paragraph even with Word’s mso-bidi style on it', () => {
    const stored = paste('<p><b style="mso-bidi-font-weight:normal">Gras</b> normal</p>');
    expect(stored.content![0]!.content![0]).toEqual({
      type: 'text',
      text: 'Gras',
      marks: [{ type: 'bold' }],
    });
  });
});

/**
 * Word lists as Outlook and older Word versions put them on the clipboard: the bullet or number
 * typed between two comments, with no `mso-list:Ignore` span; then a picture whose conditional
 * comment ends the way a downlevel-hidden one does.
 */
const WORD_COMMENT_LISTS = `<body lang=FR-CA><!--StartFragment-->
<p class=MsoListParagraphCxSpFirst style='margin-left:36.0pt;mso-add-space:auto;
text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span
style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:
Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><!--[endif]--><span lang=FR-CA>Point un<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='margin-left:36.0pt;mso-add-space:auto;
text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span
style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span><!--[endif]--><span lang=FR-CA>Point deux<o:p></o:p></span></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><!--[if !supportLists]--><span
lang=FR-CA>a)<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><!--[endif]--><span
lang=FR-CA>Étape a<o:p></o:p></span></p>
<p class=MsoNormal>Après la liste<!--[if gte vml 1]><v:shape style='width:10pt'><v:imagedata
src="file:///C:/clip_image001.png"/></v:shape><![endif]--> et l’image<o:p></o:p></p>
<!--EndFragment--></body>`;

/** Word writing a list as a real list, its bullets still typed in `mso-list:Ignore` spans. */
const WORD_REAL_LIST = `<ul style='margin-top:0cm' type=disc>
<li class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]>Point un<o:p></o:p></li>
<li class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;
</span></span>Point deux<o:p></o:p></li></ul>`;

describe('pasting Word lists and tables', () => {
  it('keeps only the words of each list item, whichever way Word marks its bullets', () => {
    const stored = paste(WORD_COMMENT_LISTS);
    expect(stored.content!.map((n) => n.type)).toEqual(['bulletList', 'orderedList', 'paragraph']);
    expect(plainText(stored)).toBe('Point un\nPoint deux\nÉtape a\nAprès la liste et l’image');
    expect(stored.content![0]!.content![0]).toEqual({
      type: 'listItem',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Point un' }] }],
    });

    const real = paste(WORD_REAL_LIST);
    expect(real).toEqual({
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: ['Point un', 'Point deux'].map((text) => ({
            type: 'listItem',
            content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
          })),
        },
      ],
    });
  });

  it('turns each table row into a line, its cells separated', () => {
    const stored = paste(
      '<table><thead><tr><th>Organisme</th><th>Présent</th></tr></thead><tbody>' +
        '<tr><td>Cell A</td><td>Cell B</td></tr>' +
        '<tr><td><p>Ligne 1</p><p>Ligne 2</p></td><td>&nbsp;</td><td><b>Oui</b></td></tr>' +
        '<tr><td></td></tr></tbody></table><p>Après</p>',
    );
    expect(stored.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Organisme · Présent' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Cell A · Cell B' }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Ligne 1' },
          { type: 'hardBreak' },
          { type: 'text', text: 'Ligne 2 · ' },
          { type: 'text', text: 'Oui', marks: [{ type: 'bold' }] },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Après' }] },
    ]);
  });
});

describe('pasting from a browser', () => {
  it('reads Google Docs’ styled spans and ignores its all-over "not bold" wrapper', () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b"><p dir="ltr" style="line-height:1.38">' +
      '<span style="font-size:11pt;font-family:Arial;color:#000000;font-weight:700">Décision</span>' +
      '<span style="font-size:11pt;color:#ff0000;font-style:italic"> prise</span><span> ensemble</span></p></b>';
    const stored = paste(html);
    expect(stored).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Décision', marks: [{ type: 'bold' }] },
            { type: 'text', text: ' prise', marks: [{ type: 'italic' }] },
            { type: 'text', text: ' ensemble' },
          ],
        },
      ],
    });
  });

  it('drops scripts, images, code and unsafe links, keeping their words where there are some', () => {
    const html =
      '<script>alert(1)</script><p>Voir <a href="javascript:alert(1)">ceci</a>, <a href="#top">le haut</a> et ' +
      '<a href="http://example.org" onclick="x()">le site</a> <img src="x.png" onerror="alert(1)"><code>code</code></p>' +
      '<pre>bloc</pre><hr><h6>Petit titre</h6><u>souligné</u> <s>barré</s>';
    const stored = paste(html);
    expect(richDocProblem(stored)).toBeNull();
    const json = JSON.stringify(stored);
    expect(json).not.toMatch(/javascript|alert|onerror|onclick|#top|x\.png/);
    expect(plainText(stored)).toContain('Voir ceci, le haut et le site code');
    expect(plainText(stored)).toContain('Petit titre');
    expect(json).toContain('"href":"http://example.org"');
    expect(new Set(types(stored))).not.toContain('codeBlock');
  });
});

describe('cleanPastedHtml', () => {
  it('removes conditional comments, styles, classes and Word’s fillers', () => {
    expect(
      cleanPastedHtml(
        '<!--[if gte mso 9]><xml><w:x/></xml><![endif]--><style>p{}</style>' +
          '<p class="MsoNormal" style="margin:0"><span lang="FR-CA" style="color:red">Texte</span><o:p>&nbsp;</o:p></p>',
      ),
    ).toBe('<p>Texte</p>');
  });
});
