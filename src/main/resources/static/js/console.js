// Semaforo console: the only script besides htmx. Every htmx request that changes something carries the CSRF
// token of the page (meta tags written by the server), as Spring Security expects in its header.
(function () {
  'use strict';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var token = meta('_csrf');
    var header = meta('_csrf_header');
    if (token && header && event.detail.verb !== 'get') {
      event.detail.headers[header] = token;
    }
  });

  // A failed htmx request (server error, network) says so instead of doing nothing.
  document.addEventListener('htmx:responseError', function (event) {
    var message = meta('console-request-failed') || 'Error';
    var status = document.getElementById('request-status');
    if (status) {
      status.textContent = message + ' (' + event.detail.xhr.status + ')';
      status.hidden = false;
    }
  });
  document.addEventListener('htmx:sendError', function () {
    var status = document.getElementById('request-status');
    if (status) {
      status.textContent = meta('console-request-failed') || 'Error';
      status.hidden = false;
    }
  });
})();
