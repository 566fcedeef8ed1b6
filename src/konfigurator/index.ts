/**
 * Entry of the snippet configurator page (dist/konfigurator/konfigurator.js): the three widgets
 * for the preview, then the configurator element. No widget bundle imports this file.
 */
import '../components/dolmetscher-anfrage/define.js';
import '../components/lotsen-finder/define.js';
import '../components/sprachkurs-suche/define.js';
import { defineElement } from '../define.js';
import { WirKonfigurator } from './wir-konfigurator.js';

defineElement('wir-konfigurator', WirKonfigurator);
