/**
 * wir-widgets/react: React components for the three widgets, made with @lit/react. Every element
 * property is a typed prop (set as a property, so `feed` may be an object), and each widget event
 * is an `onWir…` prop with its typed event:
 *
 *   <LotsenFinder feed="/daten/lotsen.json" kommune="06438" onWirSelect={(e) => e.record.name} />
 *
 * Importing this module registers the elements (guarded, like the bundles). Needs `react` (18 or
 * 19) and `@lit/react`, both optional peer dependencies of wir-widgets.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { WirSubmitEvent, WirSubmittedEvent } from '../components/dolmetscher-anfrage/anfrage-events.js';
import { WirDolmetscherAnfrage } from '../components/dolmetscher-anfrage/define.js';
import { WirLotsenFinder } from '../components/lotsen-finder/define.js';
import type { WirErrorEvent, WirSearchEvent, WirSelectEvent } from '../components/shared/events.js';
import { WirSprachkursSuche } from '../components/sprachkurs-suche/define.js';
import type { LotsenQuery, LotseRecord, SprachkursQuery, SprachkursRecord } from '../core/index.js';

export const LotsenFinder = createComponent({
  tagName: 'wir-lotsen-finder',
  elementClass: WirLotsenFinder,
  react: React,
  events: {
    onWirSearch: 'wir-search' as EventName<WirSearchEvent<LotsenQuery>>,
    onWirSelect: 'wir-select' as EventName<WirSelectEvent<LotseRecord>>,
    onWirError: 'wir-error' as EventName<WirErrorEvent>,
  },
});

export const SprachkursSuche = createComponent({
  tagName: 'wir-sprachkurs-suche',
  elementClass: WirSprachkursSuche,
  react: React,
  events: {
    onWirSearch: 'wir-search' as EventName<WirSearchEvent<SprachkursQuery>>,
    onWirSelect: 'wir-select' as EventName<WirSelectEvent<SprachkursRecord>>,
    onWirError: 'wir-error' as EventName<WirErrorEvent>,
  },
});

export const DolmetscherAnfrage = createComponent({
  tagName: 'wir-dolmetscher-anfrage',
  elementClass: WirDolmetscherAnfrage,
  react: React,
  events: {
    onWirSubmit: 'wir-submit' as EventName<WirSubmitEvent>,
    onWirSubmitted: 'wir-submitted' as EventName<WirSubmittedEvent>,
    onWirError: 'wir-error' as EventName<WirErrorEvent>,
  },
});

export type { WirErrorEvent, WirSearchEvent, WirSelectEvent, WirSubmitEvent, WirSubmittedEvent };
