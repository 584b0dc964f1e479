package export

import (
	"bytes"
	"fmt"
	htmltemplate "html/template"
	"strings"
	"time"

	"accountdesk/backend"
)

// PeerForms are a request's files, one self-contained HTML form per
// reviewer, and the email text to send with each. from is the director's
// name as the reviewers know it.
func PeerForms(req backend.PeerRequest, from string) ([]File, []backend.PeerEmail, error) {
	t, err := htmltemplate.New("peer-form.html").Funcs(htmltemplate.FuncMap{
		"add":     func(a, b int) int { return a + b },
		"dayText": dayText,
		"label":   func(s backend.Scale, v int) string { return scaleLabel(s, v) },
		"points":  scalePoints,
	}).Parse(peerFormHTML)
	if err != nil {
		return nil, nil, fmt.Errorf("template peer-form.html: %w", err)
	}
	person := slugOr(req.PersonName, "person")
	files := make([]File, 0, len(req.Reviewers))
	emails := make([]backend.PeerEmail, 0, len(req.Reviewers))
	for _, v := range req.Reviewers {
		base := fmt.Sprintf("feedback-on-%s-from-%s-%d", person, slugOr(v.Name, "reviewer"), v.ID)
		page := peerFormPage{Req: req, Reviewer: v, From: from, ResponseFile: base + "-response.json",
			Others: backend.PeerAnonymousMin - 1, MaxLen: backend.PeerCommentMaxLen}
		var buf bytes.Buffer
		if err := t.Execute(&buf, page); err != nil {
			return nil, nil, fmt.Errorf("render peer-form.html: %w", err)
		}
		files = append(files, File{Name: base + ".html", Data: buf.Bytes()})
		emails = append(emails, peerEmail(req, v, from, base+".html", page.ResponseFile))
	}
	return files, emails, nil
}

type peerFormPage struct {
	Req          backend.PeerRequest
	Reviewer     backend.PeerReviewer
	From         string
	ResponseFile string
	Others       int // how many other answers an anonymous answer is shown with, at least
	MaxLen       int // of an answer
}

func firstName(name string) string {
	if f := strings.Fields(name); len(f) > 0 {
		return f[0]
	}
	return name
}

func peerEmail(req backend.PeerRequest, v backend.PeerReviewer, from, form, response string) backend.PeerEmail {
	who := "Your answers will be shown to " + firstName(req.PersonName) + " with your name."
	if req.Anonymous {
		who = fmt.Sprintf("Your answers will be shown to %s without your name, and only together with at least %d other people's.",
			firstName(req.PersonName), backend.PeerAnonymousMin-1)
	}
	body := fmt.Sprintf(`Hello %s,

I am gathering feedback about %s for %s, and I would value yours.

1. Open the attached form, %s, in your web browser (double-click it).
2. Answer the questions and press Save. Your browser saves a small file, %s.
3. Send that file back to me by %s.

The form sends nothing anywhere by itself: only the file you send back reaches me.
%s

Thank you,
%s
`, firstName(v.Name), req.PersonName, req.CycleName, form, response, dayText(req.Due), who, from)
	return backend.PeerEmail{ReviewerID: v.ID, Reviewer: v.Name, To: v.Email, Form: form,
		Subject: "Feedback about " + req.PersonName + " by " + dayText(req.Due), Body: body}
}

// dayText is "2026-06-30" as "30 June 2026".
func dayText(d string) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return d
	}
	return t.Format("2 January 2006")
}

func scalePoints(s backend.Scale) []int {
	out := []int{}
	for v := s.Min; v <= s.Max; v++ {
		out = append(out, v)
	}
	return out
}

func scaleLabel(s backend.Scale, v int) string {
	if i := v - s.Min; i >= 0 && i < len(s.Labels) {
		return s.Labels[i]
	}
	return fmt.Sprint(v)
}

// The form is ES5 on purpose: a browser too old for Blob downloads must
// still run the script far enough to say so, and keep the answers typed.
const peerFormHTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Feedback about {{.Req.PersonName}}</title>
<style>
:root{color-scheme:light dark;--ink:#1f2328;--muted:#5b6570;--rule:#d0d7de;--soft:#f6f8fa;--brand:#1864ab;--bg:#fff;--warn:#fff4e5;--warnInk:#7a4100}
@media (prefers-color-scheme:dark){:root{--ink:#e6edf3;--muted:#a4adb8;--rule:#3d444d;--soft:#161b22;--brand:#74b9ff;--bg:#0d1117;--warn:#3b2300;--warnInk:#ffd8a8}}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans",sans-serif;color:var(--ink);background:var(--bg);margin:0}
main{max-width:760px;margin:0 auto;padding:24px 20px 64px}
h1{font-size:1.6rem;margin:0 0 8px}
p{margin:0 0 12px}
.muted{color:var(--muted)}
.box{background:var(--soft);border:1px solid var(--rule);border-radius:8px;padding:12px 16px;margin:16px 0}
fieldset{border:1px solid var(--rule);border-radius:8px;padding:12px 16px 16px;margin:0 0 16px}
legend{font-weight:600;padding:0 6px}
.scale{display:flex;flex-wrap:wrap;gap:6px 14px;margin:6px 0 10px}
.scale label{display:flex;gap:6px;align-items:center}
textarea{width:100%;min-height:5.5em;font:inherit;color:inherit;background:var(--bg);border:1px solid var(--rule);border-radius:6px;padding:8px}
label.c{display:block;margin:4px 0}
button{font:inherit;font-weight:600;background:var(--brand);color:var(--bg);border:0;border-radius:6px;padding:10px 22px;cursor:pointer}
button:focus-visible,textarea:focus-visible,input:focus-visible{outline:3px solid var(--brand);outline-offset:2px}
#status{margin-top:12px;font-weight:600}
.warn{background:var(--warn);color:var(--warnInk);border-radius:8px;padding:12px 16px;margin:16px 0}
#copy{display:none}
</style></head>
<body><main>
<h1>Feedback about {{.Req.PersonName}}</h1>
<p>{{.From}} asks for your feedback for {{.Req.CycleName}}. Please answer by {{dayText .Req.Due}}.</p>
<div class="box">
<p>This page sends nothing anywhere. When you press <strong>Save</strong>, your browser saves a small file,
<strong>{{.ResponseFile}}</strong>. Send that file back to {{.From}}.</p>
{{if .Req.Anonymous}}<p>Your answers are shown to {{.Req.PersonName}} without your name, and only together with at least {{.Others}} other people's answers.</p>
{{else}}<p>{{.Req.PersonName}} will see your answers with your name.</p>{{end}}
<p class="muted">Every question is optional: leave out what you cannot judge.</p>
</div>
<noscript><p class="warn">Saving your answers needs JavaScript, which is turned off in this browser. Open this file in a current browser (Firefox, Chrome, Edge or Safari) with JavaScript on.</p></noscript>
<form id="peer-form" data-request="{{.Req.Token}}" data-reviewer="{{.Reviewer.ID}}" data-secret="{{.Reviewer.Secret}}" data-file="{{.ResponseFile}}" data-to="{{.From}}">
{{$scale := .Req.Scale}}{{range $i, $q := .Req.Questions}}
<fieldset data-key="{{$q.Key}}" data-kind="{{$q.Kind}}">
<legend>{{add $i 1}}. {{$q.Text}}</legend>
{{if eq $q.Kind "rating"}}<div class="scale" role="radiogroup" aria-label="Rating for {{$q.Text}}">
{{range points $scale}}<label><input type="radio" name="r-{{$q.Key}}" value="{{.}}"> {{.}} – {{label $scale .}}</label>
{{end}}</div>
<label class="c" for="c-{{$q.Key}}">Comment (optional)</label>
{{else}}<label class="c" for="c-{{$q.Key}}">Your answer</label>{{end}}
<textarea id="c-{{$q.Key}}" name="c-{{$q.Key}}" maxlength="{{$.MaxLen}}"></textarea>
</fieldset>
{{end}}
<button type="button" id="save">Save my answers</button>
<p id="status" role="status" aria-live="polite"></p>
<div id="copy"><p>If the file did not save, select all of this text, copy it into a new text file named {{.ResponseFile}} and send that:</p>
<label class="c" for="copy-text">Your answers as a response file</label><textarea id="copy-text" readonly rows="6"></textarea></div>
</form>
</main>
<script>
(function () {
  var form = document.getElementById('peer-form');
  var status = document.getElementById('status');
  var can = !!(window.Blob && window.URL && URL.createObjectURL && ('download' in document.createElement('a')) && window.JSON);
  function say(text) { status.textContent = text; }
  function response() {
    var answers = [];
    var sets = form.getElementsByTagName('fieldset');
    for (var i = 0; i < sets.length; i++) {
      var key = sets[i].getAttribute('data-key');
      var rating = 0;
      var radios = sets[i].getElementsByTagName('input');
      for (var j = 0; j < radios.length; j++) {
        if (radios[j].checked) { rating = parseInt(radios[j].value, 10); }
      }
      var comment = sets[i].getElementsByTagName('textarea')[0].value;
      if (rating || comment.replace(/\s+/g, '') !== '') {
        answers.push({ key: key, rating: rating, comment: comment });
      }
    }
    return {
      schema: 'accountdesk.peer-response/v1',
      request: form.getAttribute('data-request'),
      reviewer: parseInt(form.getAttribute('data-reviewer'), 10),
      secret: form.getAttribute('data-secret'),
      answers: answers,
      answeredAt: new Date().toISOString()
    };
  }
  function showCopy(text) {
    document.getElementById('copy').style.display = 'block';
    document.getElementById('copy-text').value = text;
  }
  if (!can) {
    say('This browser is too old to save your answers as a file. Your answers stay on this page: open this file in a current browser (Firefox, Chrome, Edge or Safari), or copy the text that appears when you press Save.');
  }
  document.getElementById('save').onclick = function () {
    var text = JSON.stringify(response(), null, 1);
    if (!can) { showCopy(text); return; }
    var name = form.getAttribute('data-file');
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    say('Saved as ' + name + ' (look in your Downloads folder). Send that file to ' + form.getAttribute('data-to') + '. Your answers stay on this page until you close it.');
  };
}());
</script>
</body></html>
`
