package report

// frames.go: the report's frames section, from the plain results of framing/frames: the
// model's cross-validation figures, each side's share of documents with each frame, the
// differences between sides, what each model reads, and the model's provenance.

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/framediff/framediff/framing"
	"github.com/framediff/framediff/framing/frames"
)

// Frames is the report's frames section. Build it with [NewFrames] and set Report.Frames;
// it is plain data, so a program may fill it from a saved result too.
type Frames struct {
	Frames []string `json:"frames"` // the frames, in the model's order
	// Prevalence is each side's share of documents with each frame, over all documents and
	// per event, the differences A − B between sides, and (Prevalence.Stats) the model's
	// cross-validation figures, its error rates, that the shares were corrected with.
	Prevalence *frames.Prevalence `json:"prevalence"`
	// Evidence holds each frame's strongest features with their counts and lines
	// (frames.Model.Evidence), in the order of Frames; a frame without evidence has an
	// empty list.
	Evidence []FrameEvidence `json:"evidence"`
	// Options are the options the model was trained with; Lexicon names the lexicon whose
	// categories were features ("" for none).
	Options frames.Options `json:"options"`
	Lexicon string         `json:"lexicon,omitempty"`
	Coding  frames.Coding  `json:"coding"`
	// ModelSHA256 is the SHA-256 of the model as JSON (encoding/json's Marshal of the
	// frames.Model, without indentation): the same for a model trained in the run and the
	// same model saved and loaded again.
	ModelSHA256 string `json:"model_sha256"`
	// ModelFile is the file the model was loaded from, with its size and SHA-256; nil for
	// a model trained in the run.
	ModelFile *Input `json:"model_file,omitempty"`
}

// FrameEvidence is what one frame's model reads: its strongest features (terms, and
// lexicon categories marked as such) with their counts and keyword-in-context lines in
// the documents Model.Evidence was given.
type FrameEvidence struct {
	Frame string        `json:"frame"`
	Terms []frames.Term `json:"terms"`
}

// NewFrames gathers the frames section from a model, the prevalence it estimated
// (m.Prevalence), and the evidence of its frames (m.Evidence, by frame; nil for none).
// modelFile is the file the model was loaded from ("" if it was trained in the run), whose
// digest the section records. It returns an error wrapping framing.ErrMismatch if prev was
// not estimated with m (other frames or other cross-validation figures), and one wrapping
// framing.ErrOption for evidence of a frame the model does not have.
func NewFrames(m *frames.Model, prev *frames.Prevalence, evidence map[string][]frames.Term, modelFile string) (*Frames, error) {
	if m == nil || prev == nil {
		return nil, fmt.Errorf("report: frames: a model and its prevalence are needed: %w", framing.ErrOption)
	}
	names := m.Frames()
	if !slices.Equal(names, prev.Frames) {
		return nil, fmt.Errorf("report: frames: the prevalence has the frames %q, the model %q: %w", prev.Frames, names, framing.ErrMismatch)
	}
	mine, err := json.Marshal(m.Stats())
	if err != nil {
		return nil, err
	}
	theirs, err := json.Marshal(prev.Stats)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(mine, theirs) {
		return nil, fmt.Errorf("report: frames: the prevalence was estimated with another model (its cross-validation figures differ): %w", framing.ErrMismatch)
	}
	for frame := range evidence {
		if !slices.Contains(names, frame) {
			return nil, fmt.Errorf("report: frames: evidence of %q, which is not a frame of the model (%q): %w", frame, names, framing.ErrOption)
		}
	}
	model, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(model)
	f := &Frames{Frames: names, Prevalence: prev, Options: m.Options(), Coding: m.Coding(), ModelSHA256: hex.EncodeToString(sum[:])}
	if lex := f.Options.Lexicon; lex != nil {
		f.Lexicon = lex.Name()
	}
	for _, frame := range names {
		terms := slices.Clone(evidence[frame])
		if terms == nil {
			terms = []frames.Term{}
		}
		f.Evidence = append(f.Evidence, FrameEvidence{Frame: frame, Terms: terms})
	}
	if modelFile != "" {
		in, err := hashFile(modelFile)
		if err != nil {
			return nil, fmt.Errorf("report: frames: %w", err)
		}
		f.ModelFile = &in
	}
	return f, nil
}

// framesJS draws the frames section: the model card, each side's shares (a table and a
// dot plot of the same figures as figures.Prevalence), the differences between sides with
// a forest plot by event, what each model reads (click a feature for its lines, a line for
// every line of its document), and the model's provenance.
const framesJS = `
var fr=data.frames;
if(fr&&fr.prevalence){(function(){
document.getElementById("frames-section").hidden=false;
var pv=fr.prevalence,po=pv.options||{},stats=list(pv.model),shares=list(pv.shares),diffs=list(pv.differences),fnames=list(fr.frames),mo=fr.options||{};
function key(){return JSON.stringify(Array.prototype.slice.call(arguments));}
function sfmt(x){return (x>0?"+":"")+fmt(x,2);}
var method=String(po.method||"mixture"),level=fmt(100*(po.level||0.95),0)+"%";
// (a) The models and their out-of-fold figures.
var card=document.getElementById("frames-card");
header(card,["frame","coded with it","C","AUC (out of fold)","threshold","TPR","FPR"]);
stats.forEach(function(st){row(card,[[U(st.frame,LABEL)],[st.coded+" of "+st.documents,1],[String(st.c),1],[fmt(st.auc,3),1],[fmt(st.threshold,3),1],[fmt(st.tpr,2),1],[fmt(st.fpr,2),1]],"row");});
fit(card,12);
var how=new Map([
["mixture","the distribution of each side's probabilities read as a mixture of those of the coded documents with and without the frame (out of fold; after Hopkins & King 2010), which corrects the shares for these error rates"],
["acc","the share of documents at or above the threshold, corrected for these error rates: (share − FPR) / (TPR − FPR) (Forman 2008), clipped to [0, 1]"],
["pacc","the mean probability, corrected for the mean out-of-fold probabilities of the coded documents with and without the frame (Bella et al. 2010), clipped to [0, 1]"],
["cc","the share of documents at or above the threshold, not corrected for these error rates"],
["pcc","the mean probability, not corrected for these error rates"]]);
var cn=["Learned from "+(stats.length?stats[0].documents:0)+" coded documents: "+(fr.coding&&fr.coding.exclusive?"one multinomial logistic regression over the frames":"one logistic regression per frame")+", its penalty C chosen by "+mo.folds+"-fold cross-validation (seed "+mo.seed+"). Each figure is out of fold: every coded document predicted by a model that did not see it. The threshold is where classify-and-count calls a document positive (the largest TPR − FPR); TPR and FPR are the true- and false-positive rates there: the models' error rates. The shares below are estimated by ",U(method),": ",how.has(method)?how.get(method):"an estimator this page does not know","."];
cn.push(" Model: SHA-256 "+fr.model_sha256+" (of its JSON)");
if(fr.model_file){cn.push(", loaded from ",U(fr.model_file.path)," (SHA-256 "+fr.model_file.sha256+")");}
cn.push(".");
put(document.getElementById("frames-card-note"),cn);
// (b) Each side's share of documents with each frame, over all its documents.
var fsides=[],overall=new Map();
shares.forEach(function(s){if(s.event!==""){return;}if(fsides.indexOf(s.side)<0){fsides.push(s.side);}overall.set(key(s.frame,s.side),s);});
var raw=method==="acc"||method==="cc"?"the share classified at the threshold":"the mean probability";
var sn=["Estimate [low, high]: the share with its "+level+" interval, the percentiles of a bootstrap of "+po.replicates+" replicates seeded with "+po.seed+" that redraws the coded documents' out-of-fold predictions, so that the interval includes the models' errors. raw: "+raw+", uncorrected; n: the side's documents. clipped: the corrected estimate fell outside [0, 1] and was set to its end (the side's raw figure lies beyond what the error rates alone produce)."];
if(pv.degenerate>0){sn.push(" "+pv.degenerate+" replicates redrew error rates no better than chance and counted the raw figure.");}
if(pv.shifted>0){sn.push(" WARNING: "+pv.shifted+" of "+shares.length+" shares (with the events') are FLAGGED: the side's scores fit no mixture of the coded documents' scores with and without the frame (Kolmogorov–Smirnov D above its critical value at level 0.001), so its documents differ from the coded ones in more than how often they carry the frame, and the corrected estimate and its interval cannot be trusted; beside it, the mean calibrated probability, the share were the documents like the coded ones.");}
var small=list(pv.small_n);
if(small.length){var ng=new Set(shares.map(function(s){return key(s.event,s.side);})).size;
sn.push(" small n: "+small.length+" of "+ng+" groups have fewer than "+pv.min_documents+" documents with the model's words (");
small.slice(0,8).forEach(function(g,i){sn.push(i?"; ":"",g.event!==""?[U(g.event,LABEL)," / "]:"",U(g.side,LABEL)," "+g.documents);});
if(small.length>8){sn.push("; and "+(small.length-8)+" more");}
sn.push("): too few for their shares, intervals and differences to mean much, and for the pooled differences over events that include them ("+pv.min_documents+" is the least n at which a share can have 5 expected documents with the frame and 5 without, Cochran's minimum for the approximations they rest on). Read them as a description of these documents, or give more.");}
put(document.getElementById("frames-shares-note"),sn);
var stab=document.getElementById("frames-shares");
header(stab,["frame"].concat(fsides.map(function(s){return U(s,LABEL);})));
fnames.forEach(function(f){var tr=h("tr",undefined,stab,"row");h("td",U(f,LABEL),tr);
fsides.forEach(function(sd){var s=overall.get(key(f,sd)),td=h("td",undefined,tr,"num");if(!s){td.textContent="–";return;}
h("span",fmt(s.estimate,2)+" ["+fmt(s.low,2)+", "+fmt(s.high,2)+"]",td,"est");h("span","raw "+fmt(s.raw,2)+" · n "+s.documents,td,"sub");if(s.clipped){h("span","clipped",td,"sub clip");}
if(s.shift&&s.shift.fires){h("span","FLAGGED: shift D "+fmt(s.shift.d,2)+" > "+fmt(s.shift.critical,2)+"; like the coded documents "+fmt(s.shift.calibrated,2),td,"sub clip");}});});
fit(stab,12);
// The dot plot: the figures package's colours, sides offset within a frame's row.
var FC=["#0072b2","#d55e00","#009e73","#cc79a7","#e69f00","#56b4e9","#f0e442","#000000"];function fcol(s){return FC[s%FC.length];}
var dsvg=document.getElementById("frames-dots"),DW=420,RH=Math.max(28,8*fsides.length),DT=10,DB=DT+RH*fnames.length;
frame(dsvg,DW,DB+44+16*Math.ceil(fsides.length/2));
var dl=fnames.map(function(f,i){return label({x:0,y:DT+RH*i+RH/2+4,"text-anchor":"end"},U(f,LABEL),dsvg);});
var DL=Math.min(200,Math.max(80,Math.ceil(widest(dl))+10)),DR=DW-12;dl.forEach(function(t){t.setAttribute("x",DL-6);});
function DX(v){return DL+(DR-DL)*v;}
roundTicks(0,1).forEach(function(t){var x=DX(t.v);el("line",{x1:x,y1:DT,x2:x,y2:DB,stroke:"#eee","class":"grid"},dsvg);label({x:x,y:DB+14,"text-anchor":"middle","class":"tick"},t.t,dsvg);});
el("line",{x1:DL,y1:DB,x2:DR,y2:DB,stroke:"#888"},dsvg);
label({x:(DL+DR)/2,y:DB+30,"text-anchor":"middle"},"share of documents ("+level+" intervals)",dsvg);
fnames.forEach(function(f,i){fsides.forEach(function(sd,k){var s=overall.get(key(f,sd));if(!s){return;}
var y=DT+RH*i+RH/2+(fsides.length>1?(0.3-0.6*k/(fsides.length-1))*RH:0);
el("line",{x1:DX(s.low).toFixed(1),y1:y.toFixed(1),x2:DX(s.high).toFixed(1),y2:y.toFixed(1),stroke:fcol(k),"stroke-width":1.5,"class":"fint"},dsvg);
var c=el("circle",{cx:DX(s.estimate).toFixed(1),cy:y.toFixed(1),r:3.5,fill:fcol(k),"class":"fdot"},dsvg);
tip(c,[U(sd),", ",U(f),": "+fmt(s.estimate,2)+" ["+fmt(s.low,2)+", "+fmt(s.high,2)+"]"+(s.clipped?", clipped":"")]);});});
fsides.forEach(function(sd,k){var x=DL+(k%2)*(DR-DL)/2,y=DB+46+16*Math.floor(k/2);el("circle",{cx:x+4,cy:y-4,r:3.5,fill:fcol(k)},dsvg);label({x:x+12,y:y},U(sd,LABEL),dsvg);});
// (c) The differences A − B, over all documents and pooled over events, and by event.
var groups=[],byKey=new Map();
diffs.forEach(function(d){var k=key(d.frame,d.side_a,d.side_b),g=byKey.get(k);if(!g){g={frame:d.frame,a:d.side_a,b:d.side_b,all:null,pooled:null,events:[]};byKey.set(k,g);groups.push(g);}
if(d.pooled){g.pooled=d;}else if(d.event===""){g.all=d;}else{g.events.push(d);}});
put(document.getElementById("frames-diffs-note"),["A − B is the difference of two sides' shares, with its "+level+" interval from the same bootstrap (the models' errors counted once, as they act on both sides). Pooled: the events' differences pooled by random effects (REML), the interval widened by the uncertainty of the error rates, which every event shares; I²: the share of the variation across events that is not chance. Click a row for the difference by event."]);
var dtab=document.getElementById("frames-diffs"),drows=[];
header(dtab,["frame","A − B","all documents","pooled over events","I² %"]);
function iv(d){return d?sfmt(d.estimate)+" ["+sfmt(d.low)+", "+sfmt(d.high)+"]":"–";}
groups.forEach(function(g,i){var tr=row(dtab,[[U(g.frame,LABEL)],[[U(g.a,LABEL)," − ",U(g.b,LABEL)]],[iv(g.all),1],[g.pooled?iv(g.pooled)+" ("+g.pooled.events+" events)":"–",1],[g.pooled?fmt(g.pooled.i2,0):"–",1]],"row");
tr.setAttribute("data-i",i);tr.addEventListener("click",function(){forest(i);});drows.push(tr);});
fit(dtab,12);
var fsvg=document.getElementById("frames-forest");
function forest(i){var g=groups[i];drows.forEach(function(r){r.classList.remove("sel");});drows[i].classList.add("sel");
while(fsvg.firstChild){fsvg.removeChild(fsvg.firstChild);}
var rs=g.events.map(function(d){return {label:U(d.event,LABEL),d:d,sum:false};});
if(g.all){rs.push({label:"all documents",d:g.all,sum:true});}
if(g.pooled){rs.push({label:"pooled over "+g.pooled.events+" events (I² "+fmt(g.pooled.i2,0)+"%)",d:g.pooled,sum:true});}
var FT=40,RH2=18,FB=FT+RH2*rs.length;frame(fsvg,860,FB+44);
label({x:10,y:14},[U(g.frame,LABEL),": ",U(g.a,LABEL)," − ",U(g.b,LABEL),", difference of shares by event, with "+level+" intervals"+(g.events.length?"":" (one event: no difference by event)")],fsvg);
var labs=rs.map(function(r,k){return label({x:0,y:FT+4+k*RH2,"text-anchor":"end"},r.label,fsvg);});
var L=Math.min(420,Math.max(200,Math.ceil(widest(labs))+16)),R=840;labs.forEach(function(t){t.setAttribute("x",L-8);});
var lo=0,hi=0;rs.forEach(function(r){lo=Math.min(lo,r.d.low);hi=Math.max(hi,r.d.high);});lo=Math.max(-1,lo-0.05);hi=Math.min(1,hi+0.05);if(!(hi>lo)){lo=-1;hi=1;}
function FX(x){return L+(R-L)*(x-lo)/(hi-lo);}
roundTicks(lo,hi).forEach(function(t){var x=FX(t.v);el("line",{x1:x,y1:FT-10,x2:x,y2:FB,stroke:"#eee","class":"grid"},fsvg);label({x:x,y:FB+16,"text-anchor":"middle","class":"tick"},t.t,fsvg);});
el("line",{x1:L,y1:FB,x2:R,y2:FB,stroke:"#888"},fsvg);
el("line",{x1:FX(0),y1:FT-10,x2:FX(0),y2:FB,stroke:"#777","stroke-dasharray":"3 3","class":"ref"},fsvg);
label({x:(L+R)/2,y:FB+34,"text-anchor":"middle"},["< 0: more in ",U(g.b,LABEL),"; > 0: more in ",U(g.a,LABEL)],fsvg);
rs.forEach(function(r,k){var y=FT+k*RH2;el("line",{x1:FX(r.d.low).toFixed(1),y1:y,x2:FX(r.d.high).toFixed(1),y2:y,stroke:"#555"},fsvg);
var m=r.sum?el("rect",{x:(FX(r.d.estimate)-5).toFixed(1),y:y-5,width:10,height:10,fill:"#222","class":"fsummary"},fsvg):el("circle",{cx:FX(r.d.estimate).toFixed(1),cy:y,r:4,fill:"#0072b2","class":"fevent"},fsvg);
tip(m,[r.label,": "+iv(r.d)]);});}
if(groups.length){forest(0);}
// (d) What each model reads.
var ev=document.getElementById("frames-evidence"),fl=document.getElementById("frames-lines"),chips=[];
function lines(heading,sets){fl.textContent="";h("h3",heading,fl);var n=0;
sets.forEach(function(g){if(g.head){h("h4",g.head,fl);}var lb=h("div",undefined,fl,"lines");list(g.lines).forEach(function(l){var d=lineInto(lb,l,-1);n++;d.title="every line of this document";d.addEventListener("click",function(){doc(l.doc);});});});
if(!n){h("p","No lines kept.",fl,"note");}}
// doc shows every line of the document in the evidence of every frame.
function doc(id){var gs=[],n=0;list(fr.evidence).forEach(function(e){list(e.terms).forEach(function(t){var ls=list(t.lines).filter(function(l){return l.doc===id;});if(ls.length){n+=ls.length;gs.push({head:[U(e.frame,LABEL)," · ",t.category?["[",U(t.word,LABEL),"]"]:U(t.word,LABEL)],lines:ls});}});});
chips.forEach(function(c){c.classList.remove("sel");});lines(["Document ",U(id)," — its lines in the evidence of the frames: "+n],gs);}
list(fr.evidence).forEach(function(e){h("h4",U(e.frame),ev);var box=h("div",undefined,ev,"chips"),absent=[];
list(e.terms).forEach(function(t){var w=t.category?["[",U(t.word,LABEL),"]"]:U(t.word,LABEL);if(!(t.count>0)){absent.push(absent.length?", ":"",w);return;}
var b=h("button",[w," "+t.count],box,"chip"+(t.category?" cat":""));b.type="button";b.title=plain(["weight "+fmt(t.weight,3),t.category?["; a category of the lexicon ",U(fr.lexicon)]:"","; occurrences: "+t.count]);chips.push(b);
b.addEventListener("click",function(){chips.forEach(function(c){c.classList.remove("sel");});b.classList.add("sel");
lines([U(e.frame)," · ",t.category?["category ",U(t.word)]:U(t.word)," — occurrences: "+t.count+", lines kept: "+list(t.lines).length],[{lines:t.lines}]);});});
if(!box.firstChild){h("span","None of its strongest features occurs in these documents.",box,"note");}
if(absent.length){h("p",["Strong features that do not occur here: ",absent],ev,"note");}});
// (e) The model's provenance.
document.getElementById("frames-provenance").textContent=esc(JSON.stringify({model_sha256:fr.model_sha256,model_file:fr.model_file||null,options:fr.options,lexicon:fr.lexicon||"",coding:fr.coding},null,2),true);
})();}
`
