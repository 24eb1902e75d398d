/** Entry of dist/web/server.js, a classic Web Worker: the platform first, then the server that uses it. */
import './platform-web';
import './server';
