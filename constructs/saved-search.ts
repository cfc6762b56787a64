// Saved searches: a named search over a source, which alerts can watch.
import type { Construct } from 'constructs';
import { SavedSearch as SavedSearchResource } from './bindings/saved-search';
import { ClickStackConstruct, type EnvironmentScopedProps, type IEnvironmentScoped } from './environment';
import { SavedSearchDefinition, type SavedSearchDefinitionProps } from './model/saved-search-definition';
import type { SourceRef } from './model/tile';
import type { ISource } from './source';

/** A ClickStack saved search in one environment. */
export interface ISavedSearch extends IEnvironmentScoped {
  /** The saved search's id (known once Terraform has created it). */
  readonly savedSearchId: string;
}

/** A saved search managed by this app: its definition, source and environment. */
export interface SavedSearchProps extends SavedSearchDefinitionProps, EnvironmentScopedProps {
  /** The source searched, of the same environment: see `Source.fromName` (or `{ sourceId }` for a source known by id). */
  readonly source: ISource | SourceRef;
}

/** A saved search managed by this app (the `clickstack_saved_search` resource). */
export class SavedSearch extends ClickStackConstruct implements ISavedSearch {
  /** The `clickstack_saved_search` resource, for what the props do not cover. */
  readonly resource: SavedSearchResource;

  constructor(scope: Construct, id: string, props: SavedSearchProps) {
    super(scope, id, props);
    const definition = new SavedSearchDefinition(props, props.source.sourceId);
    this.resource = new SavedSearchResource(this, 'Default', { ...definition.toConfig(), provider: this.environment.provider });
    this.requireSameEnvironment('source', props.source);
    this.node.addValidation(definition);
  }

  // Made when read, as Alert.alertId says why.
  /** The saved search's id (known once Terraform has created it). */
  get savedSearchId(): string {
    return this.resource.id;
  }

  /** Adopts the saved search `id` of ClickStack: the next apply imports it (cdktf's `importFrom`) rather than creating one. */
  importFrom(id: string): this {
    this.resource.importFrom(id);
    return this;
  }
}
