// #13 item 6: the complaint card on the 工作台 (loaded by htmx). Draws complaints per month and the share answered within
// the feedback deadline from #complaint-chart's data-chart; waits for ECharts, which the card loads beside this script.
(function () {
    var tries = 0;
    function draw() {
        var el = document.getElementById('complaint-chart');
        if (!el || el.getAttribute('data-rendered')) { return; }
        if (!window.echarts) {
            if (tries++ < 50) { setTimeout(draw, 100); }
            return;
        }
        var d = JSON.parse(el.dataset.chart);
        var chart = echarts.init(el);
        chart.setOption({
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            grid: { left: 8, right: 8, top: 30, bottom: 8, containLabel: true },
            xAxis: { type: 'category', data: d.months },
            yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } }],
            series: [{ name: '投诉件数', type: 'bar', data: d.counts },
                     { name: '按期反馈率', type: 'line', yAxisIndex: 1, data: d.inTime }]
        });
        el.setAttribute('data-rendered', 'true');
        window.addEventListener('resize', function () { chart.resize(); });
    }
    draw();
})();
