import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/decorators.js';
import { AppInfoModel } from './app-info.model.js';
import { AppInfoService } from './app-info.service.js';

@Resolver()
export class AppInfoResolver {
  constructor(private readonly service: AppInfoService) {}

  @Public()
  @Query(() => AppInfoModel, { description: 'Installation facts for the sign-in page; open to everyone' })
  appInfo(): AppInfoModel {
    return this.service.get();
  }
}
