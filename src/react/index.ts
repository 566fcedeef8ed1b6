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

/** The two search widgets share their events; only the query and record types differ. */
function searchWidget<Q, R, E extends HTMLElement>(tagName: string, elementClass: new () => E) {
  return createComponent({
    tagName,
    elementClass,
    react: React,
    events: {
      onWirSearch: 'wir-search' as EventName<WirSearchEvent<Q>>,
      onWirSelect: 'wir-select' as EventName<WirSelectEvent<R>>,
      onWirError: 'wir-error' as EventName<WirErrorEvent>,
    },
  });
}

export const LotsenFinder = searchWidget<LotsenQuery, LotseRecord, WirLotsenFinder>('wir-lotsen-finder', WirLotsenFinder);

export const SprachkursSuche = searchWidget<SprachkursQuery, SprachkursRecord, WirSprachkursSuche>(
  'wir-sprachkurs-suche',
  WirSprachkursSuche,
);

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
