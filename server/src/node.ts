/** Entry of dist/server.js: the platform first, then the server that uses it. */
import './platform-node';
import './server';
