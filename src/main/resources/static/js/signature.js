// On-screen signatures (INS-5): each canvas.signature-pad is drawn on with a finger, pen or mouse; on submit its PNG data URL
// goes into the hidden input named by data-target. An untouched pad submits nothing, and the server refuses the signature.
(function () {
    function setUp(canvas) {
        var ctx = canvas.getContext('2d');
        var drawing = false;
        var touched = false;
        function size() {
            var ratio = window.devicePixelRatio || 1;
            canvas.width = canvas.clientWidth * ratio;
            canvas.height = 150 * ratio;
            ctx.scale(ratio, ratio);
            ctx.lineWidth = 2;
            ctx.lineCap = 'round';
            ctx.strokeStyle = '#000';
            touched = false;
        }
        function point(e) {
            var r = canvas.getBoundingClientRect();
            return {x: e.clientX - r.left, y: e.clientY - r.top};
        }
        canvas.style.touchAction = 'none';
        canvas.addEventListener('pointerdown', function (e) {
            drawing = true;
            var p = point(e);
            ctx.beginPath();
            ctx.moveTo(p.x, p.y);
        });
        canvas.addEventListener('pointermove', function (e) {
            if (!drawing) { return; }
            var p = point(e);
            ctx.lineTo(p.x, p.y);
            ctx.stroke();
            touched = true;
        });
        ['pointerup', 'pointerleave'].forEach(function (t) { canvas.addEventListener(t, function () { drawing = false; }); });
        size();
        var clear = canvas.parentElement.querySelector('.signature-clear');
        if (clear) {
            clear.addEventListener('click', function () { ctx.setTransform(1, 0, 0, 1, 0, 0); ctx.clearRect(0, 0, canvas.width, canvas.height); size(); });
        }
        return function () {
            document.getElementById(canvas.dataset.target).value = touched ? canvas.toDataURL('image/png') : '';
        };
    }
    var form = document.getElementById('sign-form');
    if (!form) { return; }
    var writers = Array.prototype.map.call(document.querySelectorAll('canvas.signature-pad'), setUp);
    form.addEventListener('submit', function () { writers.forEach(function (w) { w(); }); });
})();
