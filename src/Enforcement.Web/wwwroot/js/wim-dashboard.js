// The non-site overload dashboard: reads /api/v1/wim/stats/* (the rollups) with the page's filter and draws ECharts.
// Labels come from the page (data-* attributes), so the script holds no UI text of its own.
(function () {
    'use strict';

    function draw() {
        var root = document.getElementById('wim-dashboard');
        if (!root || !window.echarts || root.dataset.drawn) { return; }
        root.dataset.drawn = '1';
        var d = root.dataset;
        var q = d.query ? '?' + d.query : '';
        var charts = [];

        function chart(id) {
            var c = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
            charts.push(c);
            return c;
        }

        function get(path) {
            return fetch('/api/v1/wim/stats/' + path + q, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
                .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); });
        }

        function empty(c) {
            c.setOption({ title: { text: d.empty, left: 'center', top: 'middle', textStyle: { fontSize: 13, color: '#889' } } });
        }

        get('daily').then(function (rows) {
            var c = chart('chart-trend');
            if (!rows.some(function (r) { return r.weighed > 0; })) { empty(c); return; }
            c.setOption({
                tooltip: { trigger: 'axis' },
                legend: { data: [d.weighed, d.overLimit, d.rate] },
                grid: { left: 50, right: 50, bottom: 30 },
                xAxis: { type: 'category', data: rows.map(function (r) { return r.day.substring(5); }) },
                yAxis: [{ type: 'value' }, { type: 'value', axisLabel: { formatter: '{value}%' } }],
                series: [
                    { name: d.weighed, type: 'bar', data: rows.map(function (r) { return r.weighed; }) },
                    { name: d.overLimit, type: 'bar', data: rows.map(function (r) { return r.overLimit; }) },
                    { name: d.rate, type: 'line', yAxisIndex: 1, smooth: true, data: rows.map(function (r) { return r.overLimitRate; }) }
                ]
            });
        });

        get('stations').then(function (rows) {
            var c = chart('chart-stations');
            if (rows.length === 0) { empty(c); return; }
            rows = rows.slice(0, 15).reverse();
            c.setOption({
                tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
                grid: { left: 10, right: 30, bottom: 20, containLabel: true },
                xAxis: { type: 'value' },
                yAxis: { type: 'category', data: rows.map(function (r) { return r.stationName || r.stationCode; }), axisLabel: { width: 120, overflow: 'truncate' } },
                series: [{ name: d.overLimit, type: 'bar', data: rows.map(function (r) { return r.overLimit; }), label: { show: true, position: 'right' } }]
            });
        });

        get('heatmap').then(function (cells) {
            var c = chart('chart-heat');
            var max = cells.reduce(function (m, x) { return Math.max(m, x.weighed); }, 0);
            if (max === 0) { empty(c); return; }
            var hours = []; for (var h = 0; h < 24; h++) { hours.push(String(h)); }
            c.setOption({
                tooltip: { position: 'top' },
                grid: { left: 50, right: 10, top: 10, bottom: 70 },
                xAxis: { type: 'category', data: hours, splitArea: { show: true } },
                yAxis: { type: 'category', data: d.weekdays.split(','), splitArea: { show: true } },
                visualMap: { min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0 },
                series: [{ name: d.weighed, type: 'heatmap', data: cells.map(function (x) { return [x.hour, x.dayOfWeek - 1, x.weighed]; }) }]
            });
        });

        get('invalid').then(function (rows) {
            var c = chart('chart-invalid');
            if (rows.length === 0) { empty(c); return; }
            c.setOption({
                tooltip: { trigger: 'item' },
                series: [{ name: d.records, type: 'pie', radius: ['35%', '65%'], data: rows.map(function (r) { return { name: r.label, value: r.records }; }) }]
            });
        });

        window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
    }

    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
    if (window.Blazor && window.Blazor.addEventListener) { window.Blazor.addEventListener('enhancedload', draw); }
})();
