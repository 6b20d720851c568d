#!/usr/bin/python3
"""Generates ets-reference.csv: reference values for Salescast's ETS implementation.

Reference implementations, both from statsmodels:
  * ETSModel (statsmodels.tsa.exponential_smoothing.ets) for models without multiplicative
    seasonality: fitted values, log-likelihood and forecasts;
  * ExponentialSmoothing (statsmodels.tsa.holtwinters) for multiplicative seasonality: fitted values
    and forecasts, with the ETS log-likelihood computed from them below (same formula as
    ETSModel.loglike). ETSModel is not used there because its multiplicative-season update
    (s_t = gamma/(1-alpha) * y_t/l_t + ...) differs from Hyndman et al. (2008) and R forecast::ets
    (s_t = s_{t-m} + gamma * (y_t/(l_{t-1} + phi b_{t-1}) - s_{t-m})), which Salescast follows and
    which statsmodels' Holt-Winters uses (with beta_hw = beta/alpha).
From the Debian 12 package python3-statsmodels 0.13.5+dfsg-7 (numpy 1.24.2, scipy 1.10.1), run with
/usr/bin/python3 (3.11). Regenerate with:

    apt-get install -y python3-statsmodels
    /usr/bin/python3 generate_ets_reference.py > ets-reference.csv

Series:
  nile - annual Nile flow at Aswan 1871-1970 (100 values), as shipped in statsmodels.datasets.nile
         (Cobb 1978; also R's datasets::Nile).
  air  - AirPassengers, monthly international airline passengers 1949-1960 in thousands (144
         values; Box & Jenkins 1976, series G; R's datasets::AirPassengers), sum 40363.

Rows: case,kind,index,value with kinds
  model (value = code such as MAdM), season (m), param (index = alpha|beta|gamma|phi),
  level / trend (initial state), season_state (index j = s_{-j}, most recent first),
  fitted (index t = one-step forecast of observation t, 0-based), loglik, forecast (index h >= 1),
  pred_var (index h: variance of the h-step forecast, additive-error models, sigma^2 = SSE/n),
  data (index t, for the series rows of case 'data_<series>'),
  mle_loglik / mle_param (statsmodels ETSModel's own maximum-likelihood fit, estimated initial states).
"""
import sys
import numpy as np
import pandas as pd
import statsmodels
import statsmodels.datasets as ds
from statsmodels.tsa.exponential_smoothing.ets import ETSModel
from statsmodels.tsa.holtwinters import ExponentialSmoothing

AIR = np.array([
    112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118,
    115, 126, 141, 135, 125, 149, 170, 170, 158, 133, 114, 140,
    145, 150, 178, 163, 172, 178, 199, 199, 184, 162, 146, 166,
    171, 180, 193, 181, 183, 218, 230, 242, 209, 191, 172, 194,
    196, 196, 236, 235, 229, 243, 264, 272, 237, 211, 180, 201,
    204, 188, 235, 227, 234, 264, 302, 293, 259, 229, 203, 229,
    242, 233, 267, 269, 270, 315, 364, 347, 312, 274, 237, 278,
    284, 277, 317, 313, 318, 374, 413, 405, 355, 306, 271, 306,
    315, 301, 356, 348, 355, 422, 465, 467, 404, 347, 305, 336,
    340, 318, 362, 348, 363, 435, 491, 505, 404, 359, 310, 337,
    360, 342, 406, 396, 420, 472, 548, 559, 463, 407, 362, 405,
    417, 391, 419, 461, 472, 535, 622, 606, 508, 461, 390, 432], dtype=float)
assert AIR.sum() == 40363
NILE = ds.nile.load_pandas().data["volume"].to_numpy(dtype=float)
assert len(NILE) == 100

# Seasonal states by phase (phase 0 = first observation), additive and multiplicative.
SEAS_A = np.array([-25., -30., 5., 0., -5., 30., 60., 60., 15., -15., -45., -50.])
SEAS_A = SEAS_A - SEAS_A.mean()
SEAS_M = np.array([0.91, 0.88, 1.01, 0.98, 0.97, 1.10, 1.22, 1.21, 1.06, 0.92, 0.80, 0.94])
SEAS_M = SEAS_M * 12 / SEAS_M.sum()

# case, series, error, trend, damped, seasonal, alpha, beta, gamma, phi, l0, b0
CASES = [
    ("nile_ANN", "nile", "add", None, False, None, 0.25, None, None, None, 1100.0, None),
    ("nile_AAN", "nile", "add", "add", False, None, 0.3, 0.05, None, None, 1150.0, -5.0),
    ("nile_AAdN", "nile", "add", "add", True, None, 0.3, 0.05, None, 0.9, 1150.0, -5.0),
    ("nile_MNN", "nile", "mul", None, False, None, 0.2, None, None, None, 1100.0, None),
    ("nile_MAdN", "nile", "mul", "add", True, None, 0.25, 0.02, None, 0.85, 1120.0, -3.0),
    ("air_ANA", "air", "add", None, False, "add", 0.6, None, 0.2, None, 120.0, None),
    ("air_AAA", "air", "add", "add", False, "add", 0.5, 0.02, 0.3, None, 118.0, 2.0),
    ("air_AAdA", "air", "add", "add", True, "add", 0.5, 0.05, 0.3, 0.95, 118.0, 2.0),
    ("air_MNM", "air", "mul", None, False, "mul", 0.7, None, 0.2, None, 120.0, None),
    ("air_MAA", "air", "mul", "add", False, "add", 0.4, 0.03, 0.4, None, 118.0, 1.5),
    ("air_MAM", "air", "mul", "add", False, "mul", 0.4, 0.03, 0.3, None, 118.0, 1.5),
    ("air_MAdM", "air", "mul", "add", True, "mul", 0.35, 0.04, 0.25, 0.97, 118.0, 1.5),
]

MLE = [("nile_ANN", "nile", "add", None, False, None), ("nile_AAdN", "nile", "add", "add", True, None),
       ("nile_MNN", "nile", "mul", None, False, None), ("air_AAA", "air", "add", "add", False, "add"),
       ("air_AAdA", "air", "add", "add", True, "add"), ("air_MAA", "air", "mul", "add", False, "add")]
# (no maximum-likelihood reference for multiplicative seasonality: ETSModel's variant differs, see above)


def holt_winters(y, error, trend, damped, seas, a, b, g, phi, l0, b0):
    """Multiplicative-season model through statsmodels' Holt-Winters with fixed parameters."""
    kw = dict(trend=trend, damped_trend=damped, seasonal="mul", seasonal_periods=12,
              initialization_method="known", initial_level=l0, initial_seasonal=seas)
    fit = dict(smoothing_level=a, smoothing_seasonal=g, optimized=False)
    if trend:
        kw.update(initial_trend=b0)
        fit.update(smoothing_trend=b / a)
    if damped:
        fit.update(damping_trend=phi)
    res = ExponentialSmoothing(y, **kw).fit(**fit)
    fitted = np.asarray(res.fittedvalues)
    # ETS Gaussian log-likelihood (statsmodels ETSModel.loglike's formula)
    e = (y - fitted) / fitted if error == "mul" else y - fitted
    llf = -len(y) / 2 * (np.log(2 * np.pi * np.mean(e ** 2)) + 1)
    if error == "mul":
        llf -= np.sum(np.log(fitted))
    # statsmodels 0.13.5 Holt-Winters forecasts h = m, 2m, ... with the seasonal state from before
    # the last observation's update (l_T * s_{T-m} instead of l_T * s_T): those steps are left out
    forecast = {h: v for h, v in enumerate(np.asarray(res.forecast(24)), start=1) if h % 12 != 0}
    return fitted, forecast, llf


def code(error, trend, damped, seasonal):
    return ("A" if error == "add" else "M") + ("N" if trend is None else ("Ad" if damped else "A")) + \
        ("N" if seasonal is None else ("A" if seasonal == "add" else "M"))


def row(*v):
    print(",".join(str(x) for x in v))


def main():
    print("# generated by generate_ets_reference.py with statsmodels " + statsmodels.__version__
          + ", numpy " + np.__version__ + ", python " + sys.version.split()[0])
    row("case", "kind", "index", "value")
    for name, series in (("data_nile", NILE), ("data_air", AIR)):
        for t, v in enumerate(series):
            row(name, "data", t, repr(float(v)))
    for case, sname, error, trend, damped, seasonal, a, b, g, phi, l0, b0 in CASES:
        y = NILE if sname == "nile" else AIR
        m = 12 if seasonal else 1
        seas = None
        if seasonal:
            seas = SEAS_A if seasonal == "add" else SEAS_M
        pred_var = {}
        if seasonal == "mul":
            fitted, forecast, llf = holt_winters(y, error, trend, damped, seas, a, b, g, phi, l0, b0)
        else:
            kw = dict(error=error, trend=trend, damped_trend=damped, seasonal=seasonal,
                      initialization_method="known", initial_level=l0)
            if seasonal:
                kw.update(seasonal_periods=12, initial_seasonal=seas)
            if trend:
                kw.update(initial_trend=b0)
            index = pd.date_range("2000-01-01", periods=len(y), freq="MS")
            model = ETSModel(pd.Series(y, index=index), **kw)
            values = {"smoothing_level": a, "smoothing_trend": b, "smoothing_seasonal": g, "damping_trend": phi}
            res = model.smooth([values[p] for p in model.param_names])
            fitted, llf = np.asarray(res.fittedvalues), res.llf
            forecast = dict(enumerate(np.asarray(res.forecast(24)), start=1))
            if error == "add":
                # analytic forecast variance (statsmodels uses sigma^2 = SSE / n)
                pred = res.get_prediction(start=len(y), end=len(y) + 23)
                pred_var = dict(enumerate(np.asarray(pred.var_pred_mean), start=1))
        row(case, "model", 0, code(error, trend, damped, seasonal))
        row(case, "season", 0, m)
        for key, v in (("alpha", a), ("beta", b), ("gamma", g), ("phi", phi)):
            if v is not None:
                row(case, "param", key, repr(float(v)))
        row(case, "level", 0, repr(float(l0)))
        if trend:
            row(case, "trend", 0, repr(float(b0)))
        if seasonal:
            # statsmodels' known initial_seasonal is by phase; Salescast stores s_{-j}, most recent first
            for j in range(m):
                row(case, "season_state", j, repr(float(seas[m - 1 - j])))
        for t, v in enumerate(fitted):
            row(case, "fitted", t, repr(float(v)))
        row(case, "loglik", 0, repr(float(llf)))
        for h, v in forecast.items():
            row(case, "forecast", h, repr(float(v)))
        for h, v in pred_var.items():
            row(case, "pred_var", h, repr(float(v)))
    for case, sname, error, trend, damped, seasonal in MLE:
        y = NILE if sname == "nile" else AIR
        kw = dict(error=error, trend=trend, damped_trend=damped, seasonal=seasonal)
        if seasonal:
            kw.update(seasonal_periods=12)
        res = ETSModel(y, **kw).fit(disp=False, maxiter=10000)
        mle = "mle_" + case
        row(mle, "model", 0, code(error, trend, damped, seasonal))
        row(mle, "season", 0, 12 if seasonal else 1)
        row(mle, "mle_loglik", 0, repr(float(res.llf)))
        for p, v in zip(res.model.param_names, res.params):
            row(mle, "mle_param", p, repr(float(v)))


if __name__ == "__main__":
    main()
