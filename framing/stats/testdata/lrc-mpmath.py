# Reference values of Evert's conservative Log Ratio (LRC) for framing/stats/lrc_test.go, written
# for framediff: Clopper-Pearson bounds from the regularized incomplete beta function at 40
# significant digits (mpmath 1.3.0), by the continued fraction with root finding.
# Run: python3 lrc-mpmath.py
from mpmath import mp, mpf, log, exp, loggamma, findroot, log1p
mp.dps = 40
def betacf(a,b,x):
    TINY=mpf('1e-300'); qab=a+b; qap=a+1; qam=a-1
    c=mpf(1); d=1-qab*x/qap
    if abs(d)<TINY: d=TINY
    d=1/d; h=d
    for m in range(1,100000):
        m2=2*m; aa=m*(b-m)*x/((qam+m2)*(a+m2))
        d=1+aa*d; d = TINY if abs(d)<TINY else d
        c=1+aa/c; c = TINY if abs(c)<TINY else c
        d=1/d; h*=d*c
        aa=-(a+m)*(qab+m)*x/((a+m2)*(qap+m2))
        d=1+aa*d; d = TINY if abs(d)<TINY else d
        c=1+aa/c; c = TINY if abs(c)<TINY else c
        d=1/d; de=d*c; h*=de
        if abs(de-1)<mpf(10)**(-38): return h
    raise Exception("no conv")
def I(a,b,x):
    lbt = loggamma(a+b)-loggamma(a)-loggamma(b)+a*log(x)+b*log1p(-x)
    if x < (a+1)/(a+b+2):
        return exp(lbt)*betacf(a,b,x)/a
    return 1-exp(lbt)*betacf(b,a,1-x)/b
def q(a,b,p,x0):
    m=a/(a+b); sd=(m*(1-m)/(a+b))**0.5
    lo=max(m-40*sd, mpf(10)**-30); hi=m
    return findroot(lambda x: I(a,b,x)-p, (lo,hi), solver='illinois', tol=mpf(10)**-35)
def lrc(a,b,n1,n2,alpha):
    a,b,n1,n2=map(mpf,(a,b,n1,n2)); alpha=mpf(alpha)
    if a>0:
        x=q(a,b+1,alpha/2,a/(a+b)*0.99); lr=log(x/(1-x)*n2/n1,2)
        if lr>0: return lr
    if b>0:
        y=q(b,a+1,alpha/2,b/(a+b)*0.99); lr=log((1-y)/y*n2/n1,2)
        if lr<0: return lr
    return 0

cases=[(19253, 254668, 3244371, 43563697, '0.05'),(2286,719,196463,272305,'0.05'),(7,2,1000,1200,'0.05'),(3,40,50000,60000,'0.05'),(120,80,10**6,10**6,'0.01'),(1,1,10,10,'0.05'),(500000,1000,4*10**7,3*10**7,'0.05')]
for a,b,n1,n2,al in cases:
    print(a,b,n1,n2,al, mp.nstr(lrc(a,b,n1,n2,mpf(al)),17))
