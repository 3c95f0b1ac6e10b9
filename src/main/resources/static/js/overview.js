// #9 item 16: the supervisor's overview. Draws the figures embedded in #overview (data-overview, the same JSON as
// GET /api/v1/overview plus the labels) with ECharts; the tables below the charts show the same numbers.
(function () {
    var root = document.getElementById('overview');
    if (!root || !window.echarts || !root.dataset.overview) { return; }
    var data = JSON.parse(root.dataset.overview);
    var o = data.overview, L = data.labels;
    var names = o.parts.map(function (p) { return p.regionName; });
    var charts = [];

    function percentAxis() {
        return { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } };
    }

    function draw(id, series, yAxis) {
        var el = document.getElementById(id);
        if (!el) { return; }
        var chart = echarts.init(el);
        chart.setOption({
            tooltip: { trigger: 'axis' },
            legend: { top: 0, type: 'scroll' },
            grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
            xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0 } },
            yAxis: yAxis || { type: 'value', minInterval: 1 },
            series: series
        });
        el.setAttribute('data-rendered', 'true');
        charts.push(chart);
    }

    function bars(options, values, stack) {
        return options.map(function (opt) {
            return { name: opt.label, type: 'bar', stack: stack, data: o.parts.map(function (p) { return values(p)[opt.code]; }) };
        });
    }

    function field(name) {
        return o.parts.map(function (p) { return p[name]; });
    }

    draw('chart-status', bars(o.statuses, function (p) { return p.byStatus; }, 'status'));
    draw('chart-rate', [{ name: L.filingRate, type: 'bar', data: field('filingRate'), label: { show: true, position: 'top',
        formatter: function (v) { return v.value == null ? '' : v.value + '%'; } } }], percentAxis());
    draw('chart-nursing', [
        { name: L.nursingShare, type: 'bar', data: field('nursingShare') },
        { name: L.nursingGoal, type: 'line', step: 'middle', symbol: 'none', lineStyle: { type: 'dashed' },
          data: field('nursingGoal') }
    ], percentAxis());
    draw('chart-alerts', ['filedLate', 'overdueUnfiled', 'openLeads', 'overdueInspections'].map(function (name) {
        return { name: L[name], type: 'bar', data: field(name) };
    }));
    draw('chart-kind', bars(o.kinds, function (p) { return p.byKind; }, 'kind'));

    window.addEventListener('resize', function () {
        charts.forEach(function (c) { c.resize(); });
    });
})();
