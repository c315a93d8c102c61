# Reference figures for framing/stats from R's metafor (and R's own mantelhaen.test), on
# tables chosen for the edge cases of issue 17: a restricted likelihood with two peaks,
# REML at the boundary 0 where DerSimonian-Laird is above it, small tau^2, a term that does
# not occur in some events (Tarone's degrees of freedom), and a CMH deviation below 1/2.
# Written for framediff. Run: Rscript meta-edge.R > meta-edge-metafor.json
# (Debian r-base-core 4.2.2 and r-cran-metafor 3.8-1, r-cran-jsonlite).
suppressMessages({library(metafor); library(jsonlite)})
cases <- list(
  list(name="two peaks", a=c(1, 3011, 3, 101, 2), n1=c(1785, 1378447, 6090, 978793, 10698),
       b=c(327, 20802, 28, 226, 0), n2=c(104760, 1281299, 35336, 322018, 2688)),
  list(name="boundary, 3 events", a=c(2243, 8840, 196), n1=c(104507, 187135, 52549),
       b=c(1328, 1674, 13), n2=c(69110, 40651, 2155)),
  list(name="boundary, 5 events", a=c(2344, 1426, 2446, 401, 317), n1=c(112691, 75873, 48410, 37715, 10618),
       b=c(245, 291, 1355, 2046, 5021), n2=c(12506, 15791, 28054, 183447, 186210)),
  list(name="small tau2, 5 events", a=c(1194, 1619, 684, 5485, 1847), n1=c(135301, 99793, 11292, 186232, 126520),
       b=c(777, 395, 5513, 4028, 988), n2=c(88809, 29575, 98352, 149658, 75964)),
  list(name="small tau2, large z", a=c(190, 491, 3558), n1=c(62635, 21945, 157965),
       b=c(849, 5872, 3659), n2=c(172937, 178828, 101986)),
  list(name="small tau2, p 0.5", a=c(124, 858, 498), n1=c(61653, 113546, 48436),
       b=c(167, 27, 1068), n2=c(89929, 3701, 97813)),
  list(name="small tau2, 4 events", a=c(656, 8479, 1042, 3308), n1=c(58920, 189306, 54083, 85138),
       b=c(1259, 5686, 2296, 21), n2=c(146917, 159067, 158447, 740)),
  list(name="sparse term", a=c(3, 0, 5, 0, 2, 0), n1=c(5000, 4000, 6000, 3000, 4500, 2500),
       b=c(1, 0, 0, 0, 6, 0), n2=c(5200, 4100, 5900, 3100, 4400, 2600)),
  list(name="near expectation", a=c(1, 2), n1=c(1000, 1500), b=c(1, 2), n2=c(1000, 1600))
)
out <- lapply(cases, function(s) {
  ai <- s$a; bi <- s$n1 - s$a; ci <- s$b; di <- s$n2 - s$b
  es <- escalc(measure="OR", ai=ai, bi=bi, ci=ci, di=di)
  r <- list(name=s$name, a=s$a, n1=s$n1, b=s$b, n2=s$n2, yi=as.numeric(es$yi), vi=as.numeric(es$vi))
  for (m in c("REML", "DL")) {
    f <- rma(yi, vi, data=es, method=m)
    p <- paste0(tolower(m), "_")
    r[[paste0(p, "tau2")]] <- f$tau2; r[[paste0(p, "b")]] <- as.numeric(f$beta); r[[paste0(p, "se")]] <- f$se
    r[[paste0(p, "pval")]] <- f$pval; r[[paste0(p, "I2")]] <- f$I2
  }
  r$reml_loglik <- as.numeric(logLik(rma(yi, vi, data=es, method="REML")))
  mh <- rma.mh(ai=ai, bi=bi, ci=ci, di=di, measure="OR")
  r$mh_b <- as.numeric(mh$beta); r$mh_se <- mh$se
  r$metafor_cmh <- mh$CO; r$metafor_cmh_pval <- mh$COp
  r$tarone <- mh$TA; r$tarone_pval <- mh$TAp; r$tarone_k <- mh$k.pos
  tab <- array(0, c(2, 2, length(ai)))
  for (i in seq_along(ai)) tab[, , i] <- matrix(c(ai[i], ci[i], bi[i], di[i]), 2)
  mt <- mantelhaen.test(tab, correct=TRUE)
  r$cmh <- as.numeric(mt$statistic); r$cmh_pval <- mt$p.value
  r
})
cat(toJSON(list(
  about=paste0("R ", R.version$major, ".", R.version$minor, ", metafor ", packageVersion("metafor"),
    " (meta-edge.R). yi, vi: escalc(measure='OR'). reml_*, dl_*: rma(method='REML'|'DL') with metafor's defaults ",
    "(Fisher scoring from its default start, stopping at a change below 1e-5): tau2, b, se, pval, I2; reml_loglik: logLik. ",
    "mh_b, mh_se: rma.mh. metafor_cmh(_pval): rma.mh's CO, (|sum(a - E a)| - 1/2)^2 / sum(n1 n2 m1 m0 / n^3). ",
    "cmh(_pval): mantelhaen.test(correct=TRUE), variance n1 n2 m1 m0 / (n^2 (n-1)), the 1/2 subtracted only when ",
    "|sum(a - E a)| >= 1/2. tarone(_pval): rma.mh's TA, TAp, on tarone_k - 1 degrees of freedom (tarone_k = k.pos, ",
    "the tables where the term occurs); null where metafor gives NA."),
  cases=out), digits=NA, auto_unbox=TRUE, pretty=TRUE, na="null"))
cat("\n")
