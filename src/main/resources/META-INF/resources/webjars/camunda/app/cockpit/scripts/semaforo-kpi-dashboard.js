// Semaforo: the KPI traffic lights on the Cockpit dashboard (plugin point "cockpit.dashboard").
// Plain ES module, no build step. Loaded as a custom script by ./config.js. The data come from the semaforo-kpi
// backend plugin with the Cockpit session (GET {cockpitApi}/plugin/semaforo-kpi/{engine}/lights): only the lights
// the signed-in user may see, measured now and coloured by the current thresholds.

const REFRESH_MS = 60 * 1000;

const COLOURS = { GREEN: '#2e7d32', YELLOW: '#f9a825', RED: '#c62828' };
const LIGHT_NAMES = { GREEN: 'verde', YELLOW: 'giallo', RED: 'rosso' };

const STYLE = `
.semaforo-kpi { margin: 20px 0; }
.semaforo-kpi h3 { margin: 0 0 4px; }
.semaforo-kpi .semaforo-kpi-hint { color: #666; margin: 0 0 10px; font-size: 12px; }
.semaforo-kpi table { width: 100%; border-collapse: collapse; }
.semaforo-kpi th, .semaforo-kpi td { padding: 6px 8px; border-bottom: 1px solid #e5e5e5; text-align: left; }
.semaforo-kpi td.semaforo-kpi-number, .semaforo-kpi th.semaforo-kpi-number { text-align: right; white-space: nowrap; }
.semaforo-kpi .semaforo-kpi-dot { display: inline-block; width: 14px; height: 14px; border-radius: 50%;
  vertical-align: middle; box-shadow: inset 0 0 0 1px rgba(0, 0, 0, .15); }
.semaforo-kpi .semaforo-kpi-off { color: #999; font-size: 11px; }
`;

function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (name === 'text') {
      node.textContent = value;
    } else {
      node.setAttribute(name, value);
    }
  });
  children.forEach((child) => node.appendChild(child));
  return node;
}

function format(measure, value) {
  if (value === null || value === undefined) {
    return '–';
  }
  if (measure === 'AMOUNT') {
    return new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', useGrouping: 'always' }).format(value);
  }
  return new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2, useGrouping: 'always' }).format(value);
}

/** The last recorded values as a small line, oldest on the left. */
function sparkline(values, colour) {
  const svgNs = 'http://www.w3.org/2000/svg';
  const width = 80;
  const height = 20;
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  svg.setAttribute('aria-label', 'Andamento: ' + values.join(', '));
  if (values.length < 2) {
    return svg;
  }
  const min = Math.min(...values);
  const max = Math.max(...values);
  const points = values.map((value, index) => {
    const x = (index / (values.length - 1)) * (width - 2) + 1;
    const y = max === min ? height / 2 : height - 1 - ((value - min) / (max - min)) * (height - 2);
    return x.toFixed(1) + ',' + y.toFixed(1);
  });
  const line = document.createElementNS(svgNs, 'polyline');
  line.setAttribute('points', points.join(' '));
  line.setAttribute('fill', 'none');
  line.setAttribute('stroke', colour);
  line.setAttribute('stroke-width', '1.5');
  svg.appendChild(line);
  return svg;
}

function row(light) {
  const colour = COLOURS[light.light] || '#999';
  const name = element('td', { text: light.name });
  if (!light.alertsEnabled) {
    name.appendChild(document.createTextNode(' '));
    name.appendChild(element('span', { class: 'semaforo-kpi-off', text: '(allerte spente)' }));
  }
  return element('tr', { 'data-kpi': light.code }, [
    element('td', {}, [element('span', {
      class: 'semaforo-kpi-dot',
      style: 'background:' + colour,
      title: LIGHT_NAMES[light.light] || light.light
    })]),
    name,
    element('td', { class: 'semaforo-kpi-number', text: format(light.measure, light.value) }),
    element('td', { class: 'semaforo-kpi-number', text: format(light.measure, light.yellowThreshold) }),
    element('td', { class: 'semaforo-kpi-number', text: format(light.measure, light.redThreshold) }),
    element('td', {}, [sparkline((light.trend || []).map(Number), colour)])
  ]);
}

function table(lights) {
  const header = element('tr', {}, [
    element('th', { text: '' }),
    element('th', { text: 'Indicatore' }),
    element('th', { class: 'semaforo-kpi-number', text: 'Valore' }),
    element('th', { class: 'semaforo-kpi-number', text: 'Soglia gialla' }),
    element('th', { class: 'semaforo-kpi-number', text: 'Soglia rossa' }),
    element('th', { text: 'Andamento' })
  ]);
  return element('table', { class: 'cam-table' }, [
    element('thead', {}, [header]),
    element('tbody', {}, lights.map(row))
  ]);
}

function lightsUrl(api) {
  const base = (api.cockpitApi || '').replace(/\/$/, '');
  return base + '/plugin/semaforo-kpi/' + encodeURIComponent(api.engine) + '/lights';
}

let timer = null;

export default {
  id: 'semaforo-kpi-lights',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node, { api }) => {
    const body = element('div', { text: 'Caricamento dei KPI…' });
    node.appendChild(element('section', { class: 'semaforo-kpi' }, [
      element('style', { text: STYLE }),
      element('h3', { text: 'Semafori KPI' }),
      element('p', {
        class: 'semaforo-kpi-hint',
        text: 'Verde sotto la soglia gialla, giallo dalla soglia gialla, rosso dalla soglia rossa. '
          + 'Andamento: gli ultimi valori registrati dal controllo periodico.'
      }),
      body
    ]));

    const load = () => fetch(lightsUrl(api), {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken }
    })
      .then((response) => {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      })
      .then((lights) => {
        body.replaceChildren(lights.length
          ? table(lights)
          : element('p', { text: 'Nessun KPI visibile per il tuo utente.' }));
      })
      .catch((error) => {
        body.replaceChildren(element('p', { class: 'text-danger', text: 'KPI non disponibili (' + error.message + ').' }));
      });

    load();
    timer = setInterval(load, REFRESH_MS);
  },
  unmount: () => {
    clearInterval(timer);
    timer = null;
  }
};
